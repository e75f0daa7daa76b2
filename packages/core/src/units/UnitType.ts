/** Kinds of administrative unit (loại đơn vị hành chính) and the four levels they belong to. */
import { Schema } from "effect"
import type { LocalizedText } from "../shared/LocalizedText.ts"

/**
 * Unit type (loại đơn vị hành chính):
 * - province level: `province` (tỉnh), `municipality` (thành phố trực thuộc trung ương);
 * - district level (abolished from 2025-07-01): `provincial-city` (thành phố thuộc tỉnh), `town` (thị xã),
 *   `rural-district` (huyện), `urban-district` (quận);
 * - commune level: `commune` (xã), `ward` (phường), `township` (thị trấn), `special-zone` (đặc khu);
 * - village level, no GSO code: `village` (thôn), `hamlet` (bản), `residential-group` (tổ dân phố).
 */
export const UnitType = Schema.Literals([
  "province",
  "municipality",
  "provincial-city",
  "town",
  "rural-district",
  "urban-district",
  "commune",
  "ward",
  "township",
  "special-zone",
  "village",
  "hamlet",
  "residential-group",
])
export type UnitType = typeof UnitType.Type

/** Administrative level (cấp): province, district, commune, village. */
export const Level = Schema.Literals(["province", "district", "commune", "village"])
export type Level = typeof Level.Type

/** Depth of each level: a parent's depth is always smaller than its child's. */
export const depthOf: Readonly<Record<Level, number>> = { province: 0, district: 1, commune: 2, village: 3 }

/** The level each unit type belongs to. */
export const levelOf: Readonly<Record<UnitType, Level>> = {
  province: "province",
  municipality: "province",
  "provincial-city": "district",
  town: "district",
  "rural-district": "district",
  "urban-district": "district",
  commune: "commune",
  ward: "commune",
  township: "commune",
  "special-zone": "commune",
  village: "village",
  hamlet: "village",
  "residential-group": "village",
}

/** Labels of the unit types in Vietnamese and English. */
export const unitTypeNames: Readonly<Record<UnitType, LocalizedText>> = {
  province: { vi: "Tỉnh", en: "Province" },
  municipality: { vi: "Thành phố trực thuộc trung ương", en: "Centrally-run city" },
  "provincial-city": { vi: "Thành phố", en: "Provincial city" },
  town: { vi: "Thị xã", en: "Town" },
  "rural-district": { vi: "Huyện", en: "Rural district" },
  "urban-district": { vi: "Quận", en: "Urban district" },
  commune: { vi: "Xã", en: "Commune" },
  ward: { vi: "Phường", en: "Ward" },
  township: { vi: "Thị trấn", en: "Township" },
  "special-zone": { vi: "Đặc khu", en: "Special zone" },
  village: { vi: "Thôn", en: "Village" },
  hamlet: { vi: "Bản", en: "Hamlet (bản)" },
  "residential-group": { vi: "Tổ dân phố", en: "Residential group" },
}
