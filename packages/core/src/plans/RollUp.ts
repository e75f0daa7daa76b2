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
 * const tree = rollUp(hierarchy, unitCode("10"), isoDate("2024-12-31"), (commune) => tallies.get(commune) ?? empty)
 * meanCriteria(tree.tally) // province average criteria per commune
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

/** The leaves (communes) under `root` on `date`, in hierarchy order. */
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

/** Finds a node in a roll-up tree. */
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
