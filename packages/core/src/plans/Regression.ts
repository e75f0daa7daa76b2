/**
 * Regression detection (rớt chuẩn): the criteria a commune met before and has lost now.
 *
 * Rules:
 * - A regression is exactly a criterion whose result went `pass` → `fail` between two assessments.
 * - `indeterminate` is NOT a regression: pass → indeterminate means "we cannot tell" (missing evidence) and is
 *   listed separately as `unclear`; indeterminate → fail is not a loss either, since the earlier pass is unknown.
 * - Criteria are matched by key. A key present in only one assessment is neither (packs may differ, as when
 *   Lào Cai moved to the 2022–2025 set); `samePack` says whether the comparison is like for like.
 * - The tier is lost when the later tier ranks below the earlier one.
 */
import { Schema } from "effect"
import { UnitCode } from "../shared/UnitCode.ts"
import { type CommuneStatus, Tier, tierRank } from "./Inputs.ts"

/**
 * The regressions (rớt chuẩn) between two assessments of the same commune: `criteria` went pass → fail (in the later
 * assessment's order); `unclear` went pass → indeterminate (not regressions, but need evidence); `tierLost` is
 * present when the tier dropped.
 */
export const Regression = Schema.Struct({
  unit: UnitCode,
  fromYear: Schema.Int,
  toYear: Schema.Int,
  samePack: Schema.Boolean,
  criteria: Schema.Array(Schema.String),
  unclear: Schema.Array(Schema.String),
  tierLost: Schema.optionalKey(Schema.Struct({ from: Tier, to: Tier })),
})
export type Regression = typeof Regression.Type

/**
 * Compares an earlier and a later assessment.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { Regression } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // ILLUSTRATIVE xã 03040: NTM in 2023, in 2024 criteria 10 and 17 fail and 15 is indeterminate
 * const [s2023, s2024] = LaoCaiPlans.demoStatuses.filter((s) => s.unit === UnitCode.unitCode("03040"))
 * const r = Regression.findRegressions(s2023!, s2024!)
 * r.criteria // => [LaoCaiPlans.k(10), LaoCaiPlans.k(17)]
 * r.unclear // => [LaoCaiPlans.k(15)]
 * r.tierLost // => { from: "ntm", to: "none" }
 * ```
 */
export const findRegressions = (earlier: CommuneStatus, later: CommuneStatus): Regression => {
  const before = new Map(earlier.criteria.map((c) => [c.key, c.result]))
  const criteria: Array<string> = []
  const unclear: Array<string> = []
  for (const c of later.criteria) {
    if (before.get(c.key) !== "pass") continue
    if (c.result === "fail") criteria.push(c.key)
    else if (c.result === "indeterminate") unclear.push(c.key)
  }
  return {
    unit: later.unit,
    fromYear: earlier.year,
    toYear: later.year,
    samePack: earlier.packId === later.packId,
    criteria,
    unclear,
    ...(tierRank(later.tier) < tierRank(earlier.tier) ? { tierLost: { from: earlier.tier, to: later.tier } } : {}),
  }
}

/**
 * True when anything was lost (a criterion or the tier).
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { Regression } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const [r] = Regression.regressionHistory(LaoCaiPlans.demoStatuses, UnitCode.unitCode("03040"))
 * Regression.hasRegressed(r!) // => true
 * ```
 */
export const hasRegressed = (r: Regression): boolean => r.criteria.length > 0 || r.tierLost !== undefined

/**
 * Regressions between each pair of consecutive assessments of `unit`, oldest first.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { Regression } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // ILLUSTRATIVE xã 03037: criteria 10 and 11 failed in 2023, all met in 2024
 * const history = Regression.regressionHistory(LaoCaiPlans.demoStatuses, UnitCode.unitCode("03037"))
 * history.map((r) => [r.fromYear, r.toYear, r.criteria.length]) // => [[2023, 2024, 0]]
 * ```
 */
export const regressionHistory = (statuses: ReadonlyArray<CommuneStatus>, unit: UnitCode): Array<Regression> => {
  const mine = statuses.filter((s) => s.unit === unit).sort((a, b) => a.year - b.year)
  const out: Array<Regression> = []
  for (let i = 1; i < mine.length; i++) out.push(findRegressions(mine[i - 1]!, mine[i]!))
  return out
}
