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

import { yearOf } from "../shared/IsoDate.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import type { CommuneStatus, Hierarchy, MobilisedMoney, VillageRecognition } from "./Inputs.ts"
import type { Period } from "./Period.ts"
import { atOrBetter, type Progress, progress, type Quantity } from "./Progress.ts"
import { type RollUpNode, rollUp } from "./RollUp.ts"
import { atLeast, communeTally, meanCriteria, type StatusPolicy, statusForPeriod, type Tally } from "./Tally.ts"
import { betterOf, currentValue, measureOf, type Target, type TargetIndicator } from "./Target.ts"

/** What actuals are computed from. */
export interface ActualInputs {
  readonly hierarchy: Hierarchy
  readonly statuses: ReadonlyArray<CommuneStatus>
  readonly villages: ReadonlyArray<VillageRecognition>
  readonly money: MobilisedMoney
  /** Which assessment stands for a commune in a period (see {@link StatusPolicy}). */
  readonly statusPolicy: StatusPolicy
}

/** The tally of every commune under `root` for a period, rolled up as of the period end. */
export const tallyTree = (inputs: ActualInputs, root: UnitCode, period: Period): RollUpNode => {
  const byCommune = new Map<UnitCode, Array<VillageRecognition>>()
  for (const v of inputs.villages) byCommune.set(v.commune, [...(byCommune.get(v.commune) ?? []), v])
  const year = yearOf(period.end)
  return rollUp(inputs.hierarchy, root, period.end, (unit) =>
    communeTally(
      {
        status: statusForPeriod(inputs.statuses, unit, year, inputs.statusPolicy),
        villages: byCommune.get(unit) ?? [],
        money: inputs.money(unit, period.start, period.end),
      },
      period,
    ),
  )
}

/** The indicator's value read from a tally; undefined when it cannot be known (e.g. no commune assessed). */
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

/** The actual of a target for one of its periods, with its coverage and progress. */
export interface PeriodActual {
  readonly period: Period
  /** The target value in force for the period. */
  readonly target: Quantity
  /** The computed actual; undefined when it cannot be known. */
  readonly actual: Quantity | undefined
  /** Communes in scope and how many had a status for the period. */
  readonly coverage: { readonly communes: number; readonly assessed: number; readonly complete: boolean }
  /** Progress toward the target, or undefined (no actual, or a level target without baseline). */
  readonly progress: Progress | undefined
  /** True when the actual is at or better than the target (known even without a baseline). */
  readonly achieved: boolean | undefined
}

/** The period over which a flow is summed for `period` (from the first period's start when cumulative). */
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
 * const rows = targetActuals(laoCaiNtm2025, { hierarchy, statuses, villages: [], money: () => 0n, statusPolicy: "same-year" })
 * rows[0]?.progress?.percent
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
    const achieved = actual === undefined ? undefined : atOrBetter(actual, targetValue, better)
    return {
      period: p.period,
      target: targetValue,
      actual,
      coverage: { communes: tally.communes, assessed: tally.assessed, complete: tally.assessed === tally.communes },
      progress: prog,
      achieved,
    }
  })
