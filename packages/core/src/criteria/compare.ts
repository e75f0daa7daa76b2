/** Comparison of one commune under two evaluations, indicator by indicator — "why did it drop below the standard?". */
import { Schema } from "effect"
import { AppliedThreshold, type Evaluation, type IndicatorResult, Outcome } from "./Evaluation.ts"
import { Measured } from "./Measured.ts"

/** What moved an indicator: the threshold applied, the measured value, or the column. */
export const ChangeCause = Schema.Literals(["threshold", "value", "column", "indicator-added", "indicator-removed"])
export type ChangeCause = typeof ChangeCause.Type

/** One indicator before and after. */
export const IndicatorChange = Schema.Struct({
  indicator: Schema.String,
  criterion: Schema.String,
  before: Schema.optionalKey(Outcome),
  after: Schema.optionalKey(Outcome),
  beforeValue: Schema.optionalKey(Measured),
  afterValue: Schema.optionalKey(Measured),
  beforeThreshold: Schema.optionalKey(AppliedThreshold),
  afterThreshold: Schema.optionalKey(AppliedThreshold),
  causes: Schema.Array(ChangeCause),
})
export type IndicatorChange = typeof IndicatorChange.Type

/** One criterion before and after, with the indicators that changed inside it. */
export const CriterionChange = Schema.Struct({
  criterion: Schema.String,
  before: Schema.optionalKey(Outcome),
  after: Schema.optionalKey(Outcome),
  /** True when it passed before and does not pass after (rớt chuẩn). */
  dropped: Schema.Boolean,
  changedIndicators: Schema.Array(Schema.String),
})
export type CriterionChange = typeof CriterionChange.Type

/** The comparison: every criterion, the indicators that changed, and the criteria that dropped (rớt chuẩn). */
export const Comparison = Schema.Struct({
  before: Schema.Struct({ packId: Schema.String, family: Schema.String, year: Schema.Int }),
  after: Schema.Struct({ packId: Schema.String, family: Schema.String, year: Schema.Int }),
  sameFamily: Schema.Boolean,
  criteria: Schema.Array(CriterionChange),
  indicators: Schema.Array(IndicatorChange),
  dropped: Schema.Array(Schema.String),
})
export type Comparison = typeof Comparison.Type

const encodeMeasured = Schema.encodeSync(Measured)
const encodeApplied = Schema.encodeSync(AppliedThreshold)
const same = <A>(encode: (a: A) => unknown, a: A | undefined, b: A | undefined): boolean =>
  a === undefined || b === undefined ? a === b : JSON.stringify(encode(a)) === JSON.stringify(encode(b))

const causesOf = (a: IndicatorResult | undefined, b: IndicatorResult | undefined): Array<ChangeCause> => {
  if (a === undefined) return ["indicator-added"]
  if (b === undefined) return ["indicator-removed"]
  const out: Array<ChangeCause> = []
  if (a.applied?.column !== b.applied?.column) out.push("column")
  if (!same(encodeApplied, a.applied, b.applied)) out.push("threshold")
  if (!same(encodeMeasured, a.value, b.value)) out.push("value")
  return out
}

/**
 * Compares two evaluations of one commune (e.g. the same values under the national and the provincial pack, or
 * last year and this year), matching criteria and indicators by code. An indicator is listed when its outcome,
 * value, column or threshold changed; `dropped` lists the criteria that passed before and do not pass after.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { compareEvaluations, evaluate, Packs } from "@ntm/core/criteria"
 * const input = {
 *   commune: { code: UnitCode.unitCode("02662"), region: "TDMNPB" as const, classifications: [] },
 *   year: 2024,
 *   date: IsoDate.isoDate("2024-12-31"),
 *   values: { "3.1": { kind: "percent" as const, value: 85 } },
 * }
 * const cmp = compareEvaluations(evaluate(Packs.qd318PhuLucI, input), evaluate(Packs.qd318PhuLucI, { ...input, values: { "3.1": { kind: "percent", value: 75.5 } } }))
 * cmp.indicators.map((i) => [i.indicator, i.before, i.after, i.causes]) // => [["3.1", "pass", "fail", ["value"]]]
 * ```
 */
export const compareEvaluations = (before: Evaluation, after: Evaluation): Comparison => {
  const bInd = new Map(before.indicators.map((r) => [r.indicator, r]))
  const aInd = new Map(after.indicators.map((r) => [r.indicator, r]))
  const codes = [...new Set([...bInd.keys(), ...aInd.keys()])]
  const indicators: Array<IndicatorChange> = []
  for (const code of codes) {
    const b = bInd.get(code)
    const a = aInd.get(code)
    const causes = causesOf(b, a)
    if (causes.length === 0 && b?.outcome === a?.outcome) continue
    indicators.push({
      indicator: code,
      criterion: (a ?? b)?.criterion ?? "",
      ...(b === undefined ? {} : { before: b.outcome }),
      ...(a === undefined ? {} : { after: a.outcome }),
      ...(b?.value === undefined ? {} : { beforeValue: b.value }),
      ...(a?.value === undefined ? {} : { afterValue: a.value }),
      ...(b?.applied === undefined ? {} : { beforeThreshold: b.applied }),
      ...(a?.applied === undefined ? {} : { afterThreshold: a.applied }),
      causes,
    })
  }
  const bCrit = new Map(before.criteria.map((c) => [c.criterion, c]))
  const aCrit = new Map(after.criteria.map((c) => [c.criterion, c]))
  const criteria: Array<CriterionChange> = [...new Set([...bCrit.keys(), ...aCrit.keys()])].map((code) => {
    const b = bCrit.get(code)
    const a = aCrit.get(code)
    return {
      criterion: code,
      ...(b === undefined ? {} : { before: b.outcome }),
      ...(a === undefined ? {} : { after: a.outcome }),
      dropped: b?.outcome === "pass" && a?.outcome !== "pass",
      changedIndicators: indicators.filter((i) => i.criterion === code).map((i) => i.indicator),
    }
  })
  return {
    before: { packId: before.packId, family: before.family, year: before.year },
    after: { packId: after.packId, family: after.family, year: after.year },
    sameFamily: before.family === after.family,
    criteria,
    indicators,
    dropped: criteria.filter((c) => c.dropped).map((c) => c.criterion),
  }
}
