/** Seam adapter: the units registry → the plans module's `Hierarchy`, restricted to the NTM programme base (xã). */
import type { Hierarchy } from "../plans/Inputs.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import { type UnitCode, unitCode } from "../shared/UnitCode.ts"
import { childrenAt, type UnitRegistry } from "../units/Registry.ts"
import { levelOfUnit, type Unit } from "../units/Unit.ts"
import type { UnitType } from "../units/UnitType.ts"

/** Options of {@link programmeHierarchy}. */
export interface ProgrammeOptions {
  /** Commune-level unit types in the programme base; default only `commune` (xã), so phường and thị trấn are out. */
  readonly baseTypes?: ReadonlyArray<UnitType>
}

/**
 * The programme hierarchy as of any date: province → district (until 1 July 2025) → the communes of the NTM base.
 * Commune-level units outside the base (phường, thị trấn) and villages are left out, and so is any district or
 * province with no base commune under it on that date — otherwise it would look like a leaf and count as a
 * commune. Children come in registry order.
 *
 * @example
 * const h = programmeHierarchy(laoCaiRegistry)
 * leavesAt(h, unitCode("10"), isoDate("2022-12-31")).length // 127
 */
export const programmeHierarchy = (registry: UnitRegistry, options: ProgrammeOptions = {}): Hierarchy => {
  const base = new Set<UnitType>(options.baseTypes ?? ["commune"])
  const hasBase = (u: Unit, date: IsoDate): boolean => {
    const level = levelOfUnit(u)
    if (level === "commune") return base.has(u.type)
    if (level === "village") return false
    return childrenAt(registry, u.code, date).some((c) => hasBase(c, date))
  }
  return {
    childrenAt: (unit: UnitCode, date: IsoDate): ReadonlyArray<UnitCode> =>
      childrenAt(registry, unit, date)
        .filter((c) => hasBase(c, date))
        .map((c) => unitCode(c.code)),
  }
}
