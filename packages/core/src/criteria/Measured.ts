/** Measured values (số liệu đo được) and the evaluation input: a commune's facts and its value per indicator. */
import { Schema } from "effect"
import { Classification } from "../shared/Classification.ts"
import { IsoDate } from "../shared/IsoDate.ts"
import { Region } from "../shared/Region.ts"
import { UnitCode } from "../shared/UnitCode.ts"

const evidence = { evidence: Schema.optionalKey(Schema.Array(Schema.NonEmptyString)) }

/**
 * A measured value, by kind: `boolean` (đạt / không đạt), `percent` (0–100), `amount` (integer đồng; a decimal
 * string in JSON), `score` (checklist points and whether every mandatory item is met). `evidence` holds
 * references to supporting documents.
 */
export const Measured = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("boolean"), value: Schema.Boolean, ...evidence }),
  Schema.Struct({
    kind: Schema.Literal("percent"),
    value: Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 100 })),
    ...evidence,
  }),
  Schema.Struct({ kind: Schema.Literal("amount"), dong: Schema.BigIntFromString, ...evidence }),
  Schema.Struct({
    kind: Schema.Literal("score"),
    points: Schema.Finite,
    mandatoryItemsMet: Schema.Boolean,
    ...evidence,
  }),
])
export type Measured = typeof Measured.Type

/** The facts about a commune (xã) an evaluation needs (reusing the shared unit types). */
export const CommuneFacts = Schema.Struct({
  code: UnitCode,
  /** Region of the commune's province. */
  region: Schema.optionalKey(Region),
  classifications: Schema.Array(Classification),
  /** Commune group (nhóm xã) for group-based packs such as 51/2025/QĐ-TTg. */
  group: Schema.optionalKey(Schema.NonEmptyString),
})
export type CommuneFacts = typeof CommuneFacts.Type

/**
 * Evaluation input — an assessment (rà soát, đánh giá): the commune, the assessment year (whose figures are measured, and which year column applies),
 * the assessment date (which decides the rules and classifications in force), the measured values keyed by
 * indicator code, and `strict` — when true a provisional result counts as indeterminate.
 */
export const EvaluationInput = Schema.Struct({
  commune: CommuneFacts,
  year: Schema.Int,
  date: IsoDate,
  values: Schema.Record(Schema.String, Measured),
  strict: Schema.optionalKey(Schema.Boolean),
})
export type EvaluationInput = typeof EvaluationInput.Type
