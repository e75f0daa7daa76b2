/**
 * Roll-up of tallies through the administrative hierarchy as of a date, and re-basing onto other units
 * (e.g. the post-1 July 2025 communes) through a supplied old → new mapping.
 */
import type { IsoDate } from "../shared/IsoDate.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import type { Hierarchy } from "./Inputs.ts"
import { combineAll, empty, type Tally } from "./Tally.ts"

/** One unit of a roll-up with its tally and its children's nodes (tổng hợp theo cấp). */
export interface RollUpNode {
  readonly unit: UnitCode
  readonly tally: Tally
  readonly children: ReadonlyArray<RollUpNode>
}

/**
 * Rolls tallies up from the leaves (units with no children on `date`) to `root`. Every inner node's tally is the
 * sum of its children's, so counts add up and averages stay weighted by communes. Throws a RangeError on a cycle.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Inputs, Period, RollUp, Tally } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // Province 10 → districts 083, 086, 088 → 11 communes, with their ILLUSTRATIVE 2024 statuses
 * const hierarchy = Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks)
 * const statuses = new Map(LaoCaiPlans.demoStatuses.filter((s) => s.year === 2024).map((s) => [s.unit, s]))
 * const tree = RollUp.rollUp(hierarchy, UnitCode.unitCode("10"), IsoDate.isoDate("2024-12-31"), (commune) =>
 *   Tally.communeTally({ status: statuses.get(commune), villages: [], money: 0n }, Period.yearPeriod(2024)),
 * )
 * tree.tally.communes // => 11
 * Tally.atLeast(tree.tally, "ntm") // => 4
 * RollUp.findNode(tree, UnitCode.unitCode("086"))?.tally.tiers.advanced // => 2
 * ```
 */
export const rollUp = (
  hierarchy: Hierarchy,
  root: UnitCode,
  date: IsoDate,
  leaf: (unit: UnitCode) => Tally,
): RollUpNode => {
  const onPath = new Set<UnitCode>()
  const visit = (unit: UnitCode): RollUpNode => {
    if (onPath.has(unit)) throw new RangeError(`cycle in the hierarchy at ${unit} on ${date}`)
    const kids = hierarchy.childrenAt(unit, date)
    if (kids.length === 0) return { unit, tally: leaf(unit), children: [] }
    onPath.add(unit)
    const children = kids.map(visit)
    onPath.delete(unit)
    return { unit, tally: combineAll(children.map((c) => c.tally)), children }
  }
  return visit(root)
}

/**
 * The leaves (communes) under `root` on `date`, in hierarchy order.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Inputs, RollUp } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const hierarchy = Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks)
 * RollUp.leavesAt(hierarchy, UnitCode.unitCode("088"), IsoDate.isoDate("2024-12-31")) // => ["03019", "03037", "03040"]
 * ```
 */
export const leavesAt = (hierarchy: Hierarchy, root: UnitCode, date: IsoDate): Array<UnitCode> => {
  const out: Array<UnitCode> = []
  const seen = new Set<UnitCode>()
  const visit = (unit: UnitCode): void => {
    if (seen.has(unit)) return
    seen.add(unit)
    const kids = hierarchy.childrenAt(unit, date)
    if (kids.length === 0) out.push(unit)
    else kids.forEach(visit)
  }
  visit(root)
  return out
}

/**
 * Finds a node in a roll-up tree.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Inputs, RollUp, Tally } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const hierarchy = Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks)
 * const tree = RollUp.rollUp(hierarchy, UnitCode.unitCode("10"), IsoDate.isoDate("2024-12-31"), () => ({ ...Tally.empty, communes: 1 }))
 * RollUp.findNode(tree, UnitCode.unitCode("083"))?.tally.communes // => 6
 * ```
 */
export const findNode = (node: RollUpNode, unit: UnitCode): RollUpNode | undefined => {
  if (node.unit === unit) return node
  for (const c of node.children) {
    const hit = findNode(c, unit)
    if (hit !== undefined) return hit
  }
  return undefined
}

/** Result of re-basing tallies onto other units. */
export interface Rebased {
  /** New unit → sum of the tallies of the old units mapped to it. */
  readonly tallies: ReadonlyMap<UnitCode, Tally>
  /** Old units with no new unit; their tallies are left out, never guessed. */
  readonly unmapped: ReadonlyArray<UnitCode>
}

/**
 * Re-bases old units' tallies onto new units through `successor` (lineage: old commune → the new commune that
 * absorbed it whole). A new unit's tally is the sum over its predecessors: it says e.g. "3 of the 4 old communes
 * now inside xã Cao Sơn were NTM", NOT the new commune's own status, which must be evaluated afresh.
 * Splits (one old unit into several) need shares and are not handled here: map each old unit to one new unit.
 * Totals are preserved: the sum over new units plus the unmapped old units equals the sum over old units.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { RollUp, Tally } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // Old communes 03019, 03037 and 03040 were merged into the new 03037 on 1 July 2025
 * const one = { ...Tally.empty, communes: 1 }
 * const old = new Map(["03019", "03037", "03040", "99999"].map((c) => [UnitCode.unitCode(c), one]))
 * const { tallies, unmapped } = RollUp.rebase(old, (u) => LaoCaiPlans.demoSuccessors.get(u))
 * tallies.get(UnitCode.unitCode("03037"))?.communes // => 3
 * unmapped // => ["99999"]
 * ```
 */
export const rebase = (
  old: ReadonlyMap<UnitCode, Tally>,
  successor: (oldUnit: UnitCode) => UnitCode | undefined,
): Rebased => {
  const tallies = new Map<UnitCode, Tally>()
  const unmapped: Array<UnitCode> = []
  for (const [unit, tally] of old) {
    const next = successor(unit)
    if (next === undefined) {
      unmapped.push(unit)
      continue
    }
    tallies.set(next, combineAll([tallies.get(next) ?? empty, tally]))
  }
  return { tallies, unmapped }
}
