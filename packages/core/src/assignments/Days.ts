/** Day arithmetic on IsoDate without reading the clock: days since 1970-01-01 and back (proleptic Gregorian). */
import { type IsoDate, isoDate } from "../shared/IsoDate.ts"

/**
 * Days from 1970-01-01 to the date (negative before). Howard Hinnant's days_from_civil.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Days } from "@ntm/core/assignments"
 * Days.toDayNumber(IsoDate.isoDate("1970-01-02")) // => 1
 * ```
 */
export const toDayNumber = (d: IsoDate): number => {
  let y = Number(d.slice(0, 4))
  const m = Number(d.slice(5, 7))
  const day = Number(d.slice(8, 10))
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * The date `n` days after 1970-01-01. Howard Hinnant's civil_from_days.
 *
 * @example
 * ```ts
 * import { Days } from "@ntm/core/assignments"
 * Days.fromDayNumber(-1) // => "1969-12-31"
 * ```
 */
export const fromDayNumber = (n: number): IsoDate => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return isoDate(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`)
}

/**
 * The date `days` days after `d`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Days } from "@ntm/core/assignments"
 * Days.addDays(IsoDate.isoDate("2024-02-28"), 2) // => "2024-03-01"
 * ```
 */
export const addDays = (d: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(d) + days)

/**
 * Whole days from `a` to `b` (negative when b is before a).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Days } from "@ntm/core/assignments"
 * Days.daysBetween(IsoDate.isoDate("2024-02-28"), IsoDate.isoDate("2024-03-01")) // => 2
 * ```
 */
export const daysBetween = (a: IsoDate, b: IsoDate): number => toDayNumber(b) - toDayNumber(a)
