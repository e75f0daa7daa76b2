/** One version of an administrative unit: a code, a name, a type and a parent over a half-open date range. */
import { Schema } from "effect"
import { Classification } from "../shared/Classification.ts"
import { IsoDate, isWithin } from "../shared/IsoDate.ts"
import { Region } from "../shared/Region.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { type Level, levelOf, UnitType } from "./UnitType.ts"

/**
 * Administrative unit version (đơn vị hành chính) valid over [validFrom, validTo).
 *
 * GSO codes are reused by successors (new Phường Lào Cai 02647 was old Phường Kim Tân 02647), so a version
 * is identified by its `id` — explicit, or `<code>@<validFrom>` by default — never by its code alone.
 * `parent` is a code, resolved at each date inside the version's range; it is absent only at province level.
 * `region` may be left out below province level: it is inherited from the nearest ancestor that has one.
 */
export const Unit = Schema.Struct({
  /** Explicit version id; defaults to `<code>@<validFrom>` (see {@link unitId}). */
  id: Schema.optionalKey(Schema.NonEmptyString),
  /** Official GSO code (mã đơn vị hành chính). */
  code: UnitCode,
  /** Official name with diacritics and type prefix, e.g. "Xã Tả Phìn" (tên đơn vị). */
  name: Schema.NonEmptyString,
  type: UnitType,
  /** Code of the parent unit (đơn vị cấp trên); absent for a province. */
  parent: Schema.optionalKey(UnitCode),
  /** First day of validity (hiệu lực từ). */
  validFrom: IsoDate,
  /** First day no longer valid; absent = still valid. */
  validTo: Schema.optionalKey(IsoDate),
  /** Socio-economic region (vùng); inherited from the nearest ancestor when absent. */
  region: Schema.optionalKey(Region),
  /** Classification flags with their own dates (ĐBKK, ATK, khu vực I/II/III). */
  classifications: Schema.optionalKey(Schema.Array(Classification)),
  /** Free text: sources, known gaps (e.g. "district code not in the source"). */
  note: Schema.optionalKey(Schema.String),
})
export type Unit = typeof Unit.Type

/** Identifier of a unit version (explicit `id`, else `<code>@<validFrom>`). */
export type UnitId = string

/**
 * The id of a unit version.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { unitId } from "@ntm/core/units"
 * unitId({ code: UnitCode.unitCode("02647"), validFrom: IsoDate.isoDate("2025-07-01") }) // => "02647@2025-07-01"
 * ```
 */
export const unitId = (u: Pick<Unit, "id" | "code" | "validFrom">): UnitId => u.id ?? `${u.code}@${u.validFrom}`

/**
 * The level of a unit (province, district, commune, village).
 *
 * @example
 * ```ts
 * import { levelOfUnit } from "@ntm/core/units"
 * levelOfUnit({ type: "ward" }) // => "commune"
 * levelOfUnit({ type: "rural-district" }) // => "district"
 * ```
 */
export const levelOfUnit = (u: Pick<Unit, "type">): Level => levelOf[u.type]

/**
 * True when the unit version is valid on `date`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { isValidAt } from "@ntm/core/units"
 * const version = { validFrom: IsoDate.isoDate("2021-01-01"), validTo: IsoDate.isoDate("2024-11-01") }
 * isValidAt(version, IsoDate.isoDate("2024-10-31")) // => true
 * isValidAt(version, IsoDate.isoDate("2024-11-01")) // => false
 * ```
 */
export const isValidAt = (u: Pick<Unit, "validFrom" | "validTo">, date: IsoDate): boolean =>
  isWithin(date, u.validFrom, u.validTo)

/**
 * True when the unit version is valid on the day before `date` (it existed just before an event on `date`).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { isValidJustBefore } from "@ntm/core/units"
 * // A version ending on the day of an event existed just before it
 * const version = { validFrom: IsoDate.isoDate("2021-01-01"), validTo: IsoDate.isoDate("2024-11-01") }
 * isValidJustBefore(version, IsoDate.isoDate("2024-11-01")) // => true
 * isValidJustBefore(version, IsoDate.isoDate("2021-01-01")) // => false
 * ```
 */
export const isValidJustBefore = (u: Pick<Unit, "validFrom" | "validTo">, date: IsoDate): boolean =>
  u.validFrom < date && (u.validTo === undefined || date <= u.validTo)
