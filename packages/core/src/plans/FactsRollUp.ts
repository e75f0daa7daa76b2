/**
 * Roll-up of commune facts (statuses, village recognitions, money) through the hierarchy as of a period's end,
 * or re-based onto other units (e.g. the communes in force from 1 July 2025) through a lineage mapping.
 */
import { type IsoDate, yearOf } from "../shared/IsoDate.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import type { CommuneStatus, Hierarchy, MobilisedMoney, VillageRecognition } from "./Inputs.ts"
import type { Period } from "./Period.ts"
import { leavesAt, type RollUpNode, rebase, rollUp } from "./RollUp.ts"
import { communeTally, empty, type StatusPolicy, statusForPeriod, type Tally } from "./Tally.ts"

/** The facts roll-ups and target actuals are computed from. */
export interface ActualInputs {
  readonly hierarchy: Hierarchy
  readonly statuses: ReadonlyArray<CommuneStatus>
  readonly villages: ReadonlyArray<VillageRecognition>
  readonly money: MobilisedMoney
  /** Which assessment stands for a commune in a period (see {@link StatusPolicy}). */
  readonly statusPolicy: StatusPolicy
}

/**
 * The function giving each commune's tally for a period (its status, villages and money).
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { FactsRollUp, Inputs, Period } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const inputs = {
 *   hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks),
 *   statuses: LaoCaiPlans.demoStatuses,
 *   villages: LaoCaiPlans.demoVillages,
 *   money: () => 0n,
 *   statusPolicy: "same-year",
 * } as const
 * const tallyOf = FactsRollUp.communeTallies(inputs, Period.yearPeriod(2024))
 * tallyOf(UnitCode.unitCode("03037")).tiers.ntm // => 1
 * ```
 */
export const communeTallies = (inputs: ActualInputs, period: Period): ((unit: UnitCode) => Tally) => {
  const byCommune = new Map<UnitCode, Array<VillageRecognition>>()
  for (const v of inputs.villages) {
    const list = byCommune.get(v.commune)
    if (list === undefined) byCommune.set(v.commune, [v])
    else list.push(v)
  }
  const byUnit = new Map<UnitCode, Array<CommuneStatus>>()
  for (const st of inputs.statuses) {
    const list = byUnit.get(st.unit)
    if (list === undefined) byUnit.set(st.unit, [st])
    else list.push(st)
  }
  const year = yearOf(period.end)
  return (unit) =>
    communeTally(
      {
        status: statusForPeriod(byUnit.get(unit) ?? [], unit, year, inputs.statusPolicy),
        villages: byCommune.get(unit) ?? [],
        money: inputs.money(unit, period.start, period.end),
      },
      period,
    )
}

/**
 * The tally of every commune under `root` for a period, rolled up as of the period end.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { FactsRollUp, Inputs, Period, Tally } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const inputs = {
 *   hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks),
 *   statuses: LaoCaiPlans.demoStatuses,
 *   villages: LaoCaiPlans.demoVillages,
 *   money: () => 0n,
 *   statusPolicy: "same-year",
 * } as const
 * const tree = FactsRollUp.tallyTree(inputs, UnitCode.unitCode("10"), Period.yearPeriod(2024))
 * Tally.atLeast(tree.tally, "advanced") // => 2
 * ```
 */
export const tallyTree = (inputs: ActualInputs, root: UnitCode, period: Period): RollUpNode =>
  rollUp(inputs.hierarchy, root, period.end, communeTallies(inputs, period))

/** Where to re-base onto: the new hierarchy, its root and the date it is read at. */
export interface RebaseTarget {
  readonly hierarchy: Hierarchy
  readonly root: UnitCode
  readonly date: IsoDate
  /** Old commune → the new commune that absorbed it (lineage). */
  readonly successor: (oldUnit: UnitCode) => UnitCode | undefined
}

/**
 * Tallies of the old communes under `root` for a period (read on the old hierarchy at the period end), re-based
 * onto new units and rolled up through the new hierarchy. New communes are leaves whose tally is the sum of their
 * predecessors' (see {@link rebase}: a count of old communes, not the new commune's own status). Old communes
 * with no successor are returned in `unmapped`, never guessed.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * import { FactsRollUp, Inputs, Period, Tally } from "@ntm/core/plans"
 * const inputs = { hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks), statuses: LaoCaiPlans.demoStatuses, villages: [], money: () => 0n, statusPolicy: "same-year" } as const
 * // The 2024 tallies of the old communes, re-based onto the communes of the new province 15 (from 1 July 2025)
 * const { tree, unmapped } = FactsRollUp.rebasedTallyTree(inputs, UnitCode.unitCode("10"), Period.yearPeriod(2024), {
 *   hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoNewHierarchyLinks),
 *   root: UnitCode.unitCode("15"),
 *   date: IsoDate.isoDate("2025-07-01"),
 *   successor: (u) => LaoCaiPlans.demoSuccessors.get(u),
 * })
 * tree.tally.communes // => 11
 * Tally.atLeast(tree.tally, "ntm") // => 4
 * unmapped // => []
 * ```
 */
export const rebasedTallyTree = (
  inputs: ActualInputs,
  root: UnitCode,
  period: Period,
  onto: RebaseTarget,
): { readonly tree: RollUpNode; readonly unmapped: ReadonlyArray<UnitCode> } => {
  const tallyOf = communeTallies(inputs, period)
  const old = new Map(leavesAt(inputs.hierarchy, root, period.end).map((u) => [u, tallyOf(u)] as const))
  const rebased = rebase(old, onto.successor)
  return {
    tree: rollUp(onto.hierarchy, onto.root, onto.date, (u) => rebased.tallies.get(u) ?? empty),
    unmapped: rebased.unmapped,
  }
}
