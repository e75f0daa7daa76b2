/** Evaluation (kết quả đánh giá): the pure result of judging one commune against one pack, as JSON-ready Schemas. */
import { Schema } from "effect"
import { IsoDate } from "../shared/IsoDate.ts"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { Measured } from "./Measured.ts"
import { MissingItem } from "./Missing.ts"
import { Level, Tier } from "./Pack.ts"
import { SourceRef, SourceStatus } from "./Source.ts"
import { ThresholdValue } from "./Threshold.ts"
import { ColumnReason } from "./thresholdColumn.ts"

/** Outcome (kết quả): pass (đạt), fail (không đạt), indeterminate (chưa xác định). */
export const Outcome = Schema.Literals(["pass", "fail", "indeterminate"])
export type Outcome = typeof Outcome.Type

/** Why an indicator is indeterminate (chưa xác định). */
export const IndeterminateReason = Schema.Literals([
  "no-value",
  "wrong-value-kind",
  "no-threshold",
  "provisional-in-strict-mode",
])
export type IndeterminateReason = typeof IndeterminateReason.Type

/**
 * How far a failing value is from its threshold: percentage points to raise or lower, đồng to add, score points
 * to add, or mandatory items to complete, or a pass-fail indicator to meet.
 */
export const Gap = Schema.Union([
  Schema.Struct({
    kind: Schema.Literal("percentage-points"),
    direction: Schema.Literals(["raise", "lower"]),
    points: Schema.Finite,
  }),
  Schema.Struct({ kind: Schema.Literal("amount"), dong: Schema.BigIntFromString }),
  Schema.Struct({ kind: Schema.Literal("score-points"), points: Schema.Finite }),
  Schema.Struct({ kind: Schema.Literal("mandatory-items") }),
  Schema.Struct({ kind: Schema.Literal("must-be-met") }),
])
export type Gap = typeof Gap.Type

/** The threshold (ngưỡng) an indicator result was judged against: which column and year, its value, status and source. */
export const AppliedThreshold = Schema.Struct({
  column: Schema.String,
  year: Schema.optionalKey(Schema.Int),
  value: ThresholdValue,
  status: SourceStatus,
  source: SourceRef,
})
export type AppliedThreshold = typeof AppliedThreshold.Type

/** Result for one indicator (kết quả chỉ tiêu): đạt / không đạt / chưa xác định. `provisional` when the threshold is not verified against the primary text. */
export const IndicatorResult = Schema.Struct({
  indicator: Schema.String,
  criterion: Schema.String,
  name: LocalizedText,
  outcome: Outcome,
  provisional: Schema.Boolean,
  reason: Schema.optionalKey(IndeterminateReason),
  value: Schema.optionalKey(Measured),
  applied: Schema.optionalKey(AppliedThreshold),
  gap: Schema.optionalKey(Gap),
})
export type IndicatorResult = typeof IndicatorResult.Type

/** Result for one criterion (kết quả tiêu chí), with the indicators that decided it. */
export const CriterionResult = Schema.Struct({
  criterion: Schema.String,
  name: LocalizedText,
  outcome: Outcome,
  provisional: Schema.Boolean,
  critical: Schema.Boolean,
  /** Indicator codes that decided the outcome: the failing ones, else the indeterminate ones, else all. */
  deciding: Schema.Array(Schema.String),
  /** True when the criterion's indicator list is incomplete in the sources (it cannot pass). */
  incomplete: Schema.Boolean,
})
export type CriterionResult = typeof CriterionResult.Type

/** Summary: criteria met (tiêu chí đạt) x/N, failed, indeterminate, provisional, and whether the pack's standard is met. */
export const Summary = Schema.Struct({
  total: Schema.Int,
  met: Schema.Int,
  failed: Schema.Int,
  indeterminate: Schema.Int,
  provisional: Schema.Int,
  standard: Outcome,
})
export type Summary = typeof Summary.Type

/**
 * Evaluation (kết quả đánh giá) of one commune against one pack. Identified by `family` + criterion codes, so two evaluations of the
 * same family compare criterion by criterion. JSON round-trips through `Schema.encodeSync(Evaluation)`.
 */
export const Evaluation = Schema.Struct({
  packId: Schema.String,
  family: Schema.String,
  level: Level,
  tier: Tier,
  commune: Schema.String,
  year: Schema.Int,
  date: IsoDate,
  strict: Schema.Boolean,
  column: Schema.Struct({ id: Schema.optionalKey(Schema.String), reason: ColumnReason }),
  indicators: Schema.Array(IndicatorResult),
  criteria: Schema.Array(CriterionResult),
  summary: Summary,
  missing: Schema.Array(MissingItem),
})
export type Evaluation = typeof Evaluation.Type

/**
 * The stable key of a criterion across packs of one family, e.g. `"commune-ntm-2021-2025:10"`.
 *
 * @example
 * ```ts
 * import { criterionKey } from "@ntm/core/criteria"
 * criterionKey("commune-ntm-2021-2025", "10") // => "commune-ntm-2021-2025:10"
 * ```
 */
export const criterionKey = (family: string, criterion: string): string => `${family}:${criterion}`

/**
 * The stable key of an evaluation: family, commune and assessment year, e.g. `"commune-ntm-2021-2025/02662/2024"`.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { evaluationKey } from "@ntm/core/criteria"
 * evaluationKey({ family: "commune-ntm-2021-2025", commune: UnitCode.unitCode("02662"), year: 2024 }) // => "commune-ntm-2021-2025/02662/2024"
 * ```
 */
export const evaluationKey = (ev: Pick<Evaluation, "family" | "commune" | "year">): string =>
  `${ev.family}/${ev.commune}/${ev.year}`
