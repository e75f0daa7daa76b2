/**
 * Actuals for targets, computed (never stored) from commune statuses, village recognitions and ledger totals,
 * rolled up over the target's scope as of each period's end, and their progress toward the target.
 *
 * Rules:
 * - Levels (commune counts, averages, minimum, villages at a tier, a commune's indicator) are read at the
 *   period end; progress runs from the baseline. With no baseline there is no distance, only `achieved`.
 * - Flows (village recognitions, money) add up inside the period, or from the first period's start when the
 *   target is `cumulative`; a flow starts from 0, so its progress runs from 0 (a flow baseline is context only).
 * - Coverage is always reported: communes in scope and how many were assessed. A count over partly assessed
 *   communes is a lower bound, not a guess; `complete` says whether every commune in scope was assessed.
 */
import { Schema } from "effect"
import { yearOf } from "../shared/IsoDate.ts"
import { type ActualInputs, tallyTree } from "./FactsRollUp.ts"
import { Period } from "./Period.ts"
import { atOrBetter, Progress, progress, type Quantity } from "./Progress.ts"
import { atLeast, meanCriteria, statusForPeriod, type Tally } from "./Tally.ts"
import { betterOf, currentValue, measureOf, type Target, type TargetIndicator, TargetValue } from "./Target.ts"

/**
 * The indicator's value read from a tally; undefined when it cannot be known (e.g. no commune assessed).
 *
 * @example
 * ```ts
 * import { Tally, TargetActual } from "@ntm/core/plans"
 * const tally = { ...Tally.empty, communes: 3, assessed: 3, tiers: { none: 1, ntm: 1, advanced: 1, model: 0 } }
 * TargetActual.valueFromTally({ _tag: "CommunesAtTier", tier: "ntm", match: "at-least" }, tally) // => 2
 * TargetActual.valueFromTally({ _tag: "CommunesAtTier", tier: "ntm", match: "exactly" }, tally) // => 1
 * ```
 */
export const valueFromTally = (indicator: TargetIndicator, tally: Tally): Quantity | undefined => {
  switch (indicator._tag) {
    case "CommunesAtTier":
      return indicator.match === "at-least" ? atLeast(tally, indicator.tier) : tally.tiers[indicator.tier]
    case "AverageCriteria":
      return meanCriteria(tally)
    case "MinimumCriteria":
      return tally.minCriteriaMet
    case "VillagesAtTier":
      return tally.villages[indicator.tier]
    case "VillagesRecognised":
      return tally.villagesRecognised[indicator.tier]
    case "MoneyMobilised":
      return tally.money
    case "CommuneIndicator":
      return undefined
  }
}

/**
 * The actual of a target for one of its periods (kỳ): the target value in force, the computed actual (absent when it
 * cannot be known), coverage (communes in scope, how many had a status), progress (absent without an actual, or
 * for a level target without baseline) and `achieved` (known whenever the actual is).
 */
export const PeriodActual = Schema.Struct({
  period: Period,
  target: TargetValue,
  actual: Schema.optionalKey(TargetValue),
  coverage: Schema.Struct({ communes: Schema.Int, assessed: Schema.Int, complete: Schema.Boolean }),
  progress: Schema.optionalKey(Progress),
  achieved: Schema.optionalKey(Schema.Boolean),
})
export type PeriodActual = typeof PeriodActual.Type

/**
 * The period over which a flow is summed for `period` (from the first period's start when cumulative).
 *
 * @example
 * ```ts
 * import { Period, TargetActual } from "@ntm/core/plans"
 * import { ntmVillagesYearly } from "@ntm/core/demo"
 * // Summed inside the period, or from the first period's start (2021) when cumulative
 * TargetActual.flowWindow(ntmVillagesYearly, Period.yearPeriod(2024)) // => Period.yearPeriod(2024)
 * TargetActual.flowWindow({ ...ntmVillagesYearly, cumulative: true }, Period.yearPeriod(2024)) // => Period.yearsPeriod(2021, 2024)
 * ```
 */
export const flowWindow = (target: Target, period: Period): Period => {
  const first = target.periods[0]
  return target.cumulative && first !== undefined ? { start: first.period.start, end: period.end } : period
}

const communeIndicatorValue = (target: Target, inputs: ActualInputs, period: Period): Quantity | undefined => {
  if (target.indicator._tag !== "CommuneIndicator") return undefined
  const code = target.indicator.code
  const s = statusForPeriod(inputs.statuses, target.scope, yearOf(period.end), inputs.statusPolicy)
  return s?.indicators?.find((i) => i.code === code)?.value
}

/**
 * Computes every period's actual and progress for a target.
 *
 * @example
 * ```ts
 * import { Inputs, TargetActual } from "@ntm/core/plans"
 * import { LaoCaiPlans, ntmCommunes } from "@ntm/core/demo"
 * // The real 2024 target (72 NTM communes in old Lào Cai) against the 11 communes of the ILLUSTRATIVE demo
 * const inputs = {
 *   hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks),
 *   statuses: LaoCaiPlans.demoStatuses,
 *   villages: [],
 *   money: () => 0n,
 *   statusPolicy: "same-year",
 * } as const
 * const [y2024] = TargetActual.targetActuals(ntmCommunes, inputs)
 * y2024?.actual // => 4
 * y2024?.coverage // => { communes: 11, assessed: 11, complete: true }
 * ```
 */
export const targetActuals = (target: Target, inputs: ActualInputs): Array<PeriodActual> =>
  target.periods.map((p) => {
    const flow = measureOf(target.indicator) === "flow"
    const window = flow ? flowWindow(target, p.period) : p.period
    const tally = tallyTree(inputs, target.scope, window).tally
    const actual =
      target.indicator._tag === "CommuneIndicator"
        ? communeIndicatorValue(target, inputs, p.period)
        : valueFromTally(target.indicator, tally)
    const targetValue = currentValue(p)
    const better = betterOf(target.indicator)
    const baseline: Quantity | undefined = flow ? (typeof targetValue === "bigint" ? 0n : 0) : target.baseline?.value
    const prog = baseline === undefined ? undefined : progress({ baseline, target: targetValue, actual, better })
    return {
      period: p.period,
      target: targetValue,
      ...(actual === undefined ? {} : { actual, achieved: atOrBetter(actual, targetValue, better) }),
      coverage: { communes: tally.communes, assessed: tally.assessed, complete: tally.assessed === tally.communes },
      ...(prog === undefined ? {} : { progress: prog }),
    }
  })
