/** Reporting periods shaped like IATI result periods: a start and an end date, both inclusive. */
import { Schema } from "effect"
import { endOfYear, IsoDate, startOfYear } from "../shared/IsoDate.ts"

/**
 * A period (kỳ): IATI `period-start` / `period-end`, both inclusive, e.g. 2024-01-01 … 2024-12-31.
 * (Assignments and classifications use half-open ranges; IATI periods do not.)
 */
export const Period = Schema.Struct({ start: IsoDate, end: IsoDate })
export type Period = typeof Period.Type

/**
 * The calendar year as a period.
 *
 * @example
 * ```ts
 * import { Period } from "@ntm/core/plans"
 * Period.yearPeriod(2024) // => { start: "2024-01-01", end: "2024-12-31" }
 * ```
 */
export const yearPeriod = (year: number): Period => ({ start: startOfYear(year), end: endOfYear(year) })

/**
 * Several whole years as one period, e.g. the 2021–2025 phase.
 *
 * @example
 * ```ts
 * import { Period } from "@ntm/core/plans"
 * Period.yearsPeriod(2021, 2025) // => { start: "2021-01-01", end: "2025-12-31" }
 * ```
 */
export const yearsPeriod = (first: number, last: number): Period => ({
  start: startOfYear(first),
  end: endOfYear(last),
})

/**
 * True when the date lies in the period (ends included).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Period } from "@ntm/core/plans"
 * Period.inPeriod(IsoDate.isoDate("2024-12-31"), Period.yearPeriod(2024)) // => true
 * Period.inPeriod(IsoDate.isoDate("2025-01-01"), Period.yearPeriod(2024)) // => false
 * ```
 */
export const inPeriod = (date: IsoDate, period: Period): boolean => period.start <= date && date <= period.end

/**
 * True when two periods share at least one day.
 *
 * @example
 * ```ts
 * import { Period } from "@ntm/core/plans"
 * Period.overlaps(Period.yearsPeriod(2021, 2025), Period.yearPeriod(2025)) // => true
 * Period.overlaps(Period.yearPeriod(2024), Period.yearPeriod(2025)) // => false
 * ```
 */
export const overlaps = (a: Period, b: Period): boolean => a.start <= b.end && b.start <= a.end
