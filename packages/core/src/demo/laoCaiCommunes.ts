/** Demo lookups over the real Lào Cai unit registry: commune existence for ledger validation, and ILLUSTRATIVE price zones. */
import type { UnitsAtDate } from "../contributions/validation.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import { laoCaiRegistry } from "../units/data/laoCai.ts"
import { ancestorAt, exists } from "../units/Registry.ts"

/**
 * Commune existence from the shipped Lào Cai units (lao-cai-units.md): e.g. Tà Chải (02872) exists until it
 * merged into TT Bắc Hà on 2024-11-01 (NQ 1197/NQ-UBTVQH15), and not after.
 */
export const demoUnits: UnitsAtDate = {
  existsAt: (code, date) => exists(laoCaiRegistry, code, date),
}

/**
 * ILLUSTRATIVE price zone of a commune: its regional-minimum-wage region, from its district as of the date.
 * Thành phố Lào Cai (080) is Vùng II; Sa Pa (088) and Bảo Thắng (086) are Vùng III; the rest of old Lào Cai is
 * Vùng IV (lao-cai-units.md §5.1, [V] S39 for 2024; the same regions in 2022 are [B], an assumption).
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { demoZoneOf } from "@ntm/core/demo"
 * // ILLUSTRATIVE zones: xã Tả Thàng (02794) lies in Mường Khương, a Vùng IV district
 * demoZoneOf(UnitCode.unitCode("02794"), IsoDate.isoDate("2022-06-30")) // => "vung-IV"
 * ```
 */
export const demoZoneOf = (code: UnitCode, date: IsoDate): string | undefined => {
  const district = ancestorAt(laoCaiRegistry, code, date, "district")?.code
  if (district === undefined) return undefined
  if (district === "080") return "vung-II"
  if (district === "086" || district === "088") return "vung-III"
  return "vung-IV"
}
