/** The plans module's `Hierarchy` from a unit registry: province → districts → the xã (wards and towns left out). */
import type { Inputs } from "@ntm/core/plans"
import { childrenAt, levelOfUnit, type UnitRegistry } from "@ntm/core/units"

/**
 * The programme hierarchy as of each date: children that are districts, or communes of type `commune` (xã).
 * Wards (phường), townships (thị trấn) and special zones are outside the NTM base and would dilute counts.
 *
 * @example
 * programmeHierarchy(laoCaiRegistry).childrenAt("080", isoDate("2024-12-31"))
 */
export const programmeHierarchy = (registry: UnitRegistry): Inputs.Hierarchy => ({
  childrenAt: (unit, date) =>
    childrenAt(registry, unit, date)
      .filter((u) => levelOfUnit(u) === "district" || u.type === "commune")
      .map((u) => u.code),
})
