/** ILLUSTRATIVE demo support: the few old Lào Cai communes the 2022 fixture uses, with real codes, and demo-only lookups. */
import type { UnitsAtDate } from "../contributions/validation.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import { type UnitCode, unitCode } from "../shared/UnitCode.ts"

/** A commune of old Lào Cai as the demo needs it. Codes, names, districts and successors are sourced. */
export interface DemoCommune {
  readonly code: UnitCode
  readonly name: string
  /** GSO code of its district-level unit until 30 Jun 2025. */
  readonly district: UnitCode
  /** The unit it became part of from 1 Jul 2025 (NQ 1673/NQ-UBTVQH15). */
  readonly successor2025: UnitCode
  /** Last day + 1 of its existence (exclusive), per lao-cai-units.md §1.1–1.2. */
  readonly validTo: IsoDate
}

const c = (
  code: string,
  name: string,
  district: string,
  successor2025: string,
  validTo = "2025-07-01",
): DemoCommune => ({
  code: unitCode(code),
  name,
  district: unitCode(district),
  successor2025: unitCode(successor2025),
  validTo: validTo as IsoDate,
})

/**
 * The communes of the demo (lao-cai-units.md §1.2, [V] S1–S3). Tà Chải is here because it ceased on
 * 1 Nov 2024 (merged into TT Bắc Hà, NQ 1197/NQ-UBTVQH15) — a commune that did not exist on a later date.
 */
export const demoCommunes: ReadonlyArray<DemoCommune> = [
  c("02794", "Xã Tả Thàng", "083", "02782"),
  c("02842", "Xã Lùng Cải", "085", "02842"),
  c("02800", "Xã Nàn Sán", "084", "02809"),
  c("02677", "Xã Tả Phời", "080", "02680"),
  c("02689", "Xã Nậm Chạc", "082", "02686"),
  c("02752", "Xã Pha Long", "083", "02752"),
  c("02866", "Xã Bản Phố", "085", "02839"),
  c("02701", "Xã Y Tý", "082", "02701"),
  c("02872", "Xã Tà Chải", "085", "02839", "2024-11-01"),
]

const byCode = new Map(demoCommunes.map((x) => [x.code as string, x]))

/** The demo commune with a code. */
export const demoCommune = (code: UnitCode): DemoCommune | undefined => byCode.get(code)

/**
 * ILLUSTRATIVE stand-in for the admin-units module: a demo commune exists from 2021-01-01 (start of the
 * 2021–2025 NTM base of 127 xã, lao-cai-units.md §1.1) until its `validTo`. Earlier dates answer false.
 */
export const demoUnits: UnitsAtDate = {
  existsAt: (code, date) => {
    const x = byCode.get(code)
    return x !== undefined && "2021-01-01" <= date && date < x.validTo
  },
}

/**
 * ILLUSTRATIVE price zone of a commune: its regional-minimum-wage region. Thành phố Lào Cai (080) is Vùng II;
 * Sa Pa (088) and Bảo Thắng (086) are Vùng III; the rest of old Lào Cai is Vùng IV (lao-cai-units.md §5.1,
 * [V] S39 for 2024; the same regions in 2022 are [B], an assumption).
 */
export const demoZoneOf = (code: UnitCode, _date: IsoDate): string | undefined => {
  const district = byCode.get(code)?.district
  if (district === undefined) return undefined
  if (district === "080") return "vung-II"
  if (district === "086" || district === "088") return "vung-III"
  return "vung-IV"
}
