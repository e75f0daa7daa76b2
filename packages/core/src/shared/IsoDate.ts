/** Calendar dates as ISO `YYYY-MM-DD` strings: the only date type the core uses, so time never leaks in. */
import { Schema } from "effect"

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u

const isCalendarDate = (s: string): boolean => {
  const m = ISO_DATE.exec(s)
  if (m === null) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/**
 * A calendar date (ngày), e.g. `"2025-07-01"`. ISO strings compare correctly as plain strings,
 * so `a < b` means "a is before b".
 */
export const IsoDate = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => isCalendarDate(s) || "must be a calendar date written YYYY-MM-DD", {
      title: "IsoDate",
      description: "a calendar date written YYYY-MM-DD",
    }),
  ),
  Schema.brand("IsoDate"),
)
export type IsoDate = typeof IsoDate.Type

/**
 * Builds an IsoDate from a literal, throwing on a malformed one. Meant for data written in code.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * IsoDate.isoDate("2025-07-01") // => "2025-07-01"
 * ```
 */
export const isoDate = (s: string): IsoDate => {
  if (!isCalendarDate(s)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`)
  return s as IsoDate
}

/**
 * The year of a date.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * IsoDate.yearOf(IsoDate.isoDate("2025-07-01")) // => 2025
 * ```
 */
export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4))

/**
 * True when `d` falls in the half-open validity range [from, to); an absent `to` means "still valid".
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * const d = IsoDate.isoDate("2025-07-01")
 * IsoDate.isWithin(d, IsoDate.isoDate("2025-07-01"), undefined) // => true
 * IsoDate.isWithin(d, IsoDate.isoDate("2020-01-01"), d) // => false
 * ```
 */
export const isWithin = (d: IsoDate, from: IsoDate, to: IsoDate | undefined): boolean =>
  from <= d && (to === undefined || d < to)

/**
 * The last day of a year, the date as of which annual figures are read.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * IsoDate.endOfYear(2024) // => "2024-12-31"
 * ```
 */
export const endOfYear = (year: number): IsoDate => isoDate(`${String(year).padStart(4, "0")}-12-31`)

/**
 * The first day of a year.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * IsoDate.startOfYear(2025) // => "2025-01-01"
 * ```
 */
export const startOfYear = (year: number): IsoDate => isoDate(`${String(year).padStart(4, "0")}-01-01`)
