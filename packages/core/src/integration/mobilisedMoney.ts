/** Seam adapter: the contribution ledger → the plans module's `MobilisedMoney` (confirmed đồng per commune and dates). */
import type { Contribution, Status } from "../contributions/Contribution.ts"
import { officialStatuses } from "../contributions/lifecycle.ts"
import type { Hierarchy, MobilisedMoney } from "../plans/Inputs.ts"
import type { Period } from "../plans/Period.ts"
import { leavesAt } from "../plans/RollUp.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import type { UnitCode } from "../shared/UnitCode.ts"

/** Options of {@link mobilisedMoney}. */
export interface MobilisedMoneyOptions {
  /** Statuses counted; default `officialStatuses` (confirmed by the receiving commune), as official totals. */
  readonly statuses?: ReadonlyArray<Status>
  /**
   * When given, an inner unit (one with children on `end`) answers the sum over its leaves on `end`, so a district
   * or province can be asked directly. Plans' roll-ups only ask leaves, so they do not need it.
   */
  readonly hierarchy?: Hierarchy
}

/** One commune's counted lines as dates with running totals, for a binary-searched range sum. */
interface Series {
  readonly dates: ReadonlyArray<IsoDate>
  /** `prefix[i]` = sum of the values of the first i lines (length = dates.length + 1). */
  readonly prefix: ReadonlyArray<bigint>
}

/** Index of the first date ≥ `d` (or > `d` when `after`). */
const bound = (dates: ReadonlyArray<IsoDate>, d: IsoDate, after: boolean): number => {
  let lo = 0
  let hi = dates.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const x = dates[mid] as IsoDate
    if (x < d || (after && x === d)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Indexes the ledger once and answers "money mobilised for commune X between two dates (inclusive)": the sum of
 * the values of its counted lines (confirmed by default) dated in the range, keyed by the commune code the line
 * names (its code as of the line's date). Unvalued lines add 0 đồng. Sums are exact `bigint` đồng. With a
 * `hierarchy`, an inner unit answers the sum over its leaves on `end` — see {@link moneyOutside} for lines no leaf
 * collects.
 *
 * @example
 * const money = mobilisedMoney(laoCai2022Contributions)
 * money(unitCode("02794"), isoDate("2022-01-01"), isoDate("2022-12-31")) // confirmed đồng for Tả Thàng in 2022
 */
export const mobilisedMoney = (lines: Iterable<Contribution>, options: MobilisedMoneyOptions = {}): MobilisedMoney => {
  const counted = new Set<Status>(options.statuses ?? officialStatuses)
  const byCommune = new Map<string, Array<{ date: IsoDate; value: bigint }>>()
  for (const l of lines) {
    if (!counted.has(l.status)) continue
    const entry = { date: l.date, value: l.value ?? 0n }
    const list = byCommune.get(l.commune)
    if (list === undefined) byCommune.set(l.commune, [entry])
    else list.push(entry)
  }
  const series = new Map<string, Series>()
  for (const [commune, list] of byCommune) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    const prefix: Array<bigint> = [0n]
    for (const e of list) prefix.push((prefix[prefix.length - 1] as bigint) + e.value)
    series.set(commune, { dates: list.map((e) => e.date), prefix })
  }
  const leaf = (unit: UnitCode, start: IsoDate, end: IsoDate): bigint => {
    const s = series.get(unit)
    if (s === undefined || end < start) return 0n
    const from = bound(s.dates, start, false)
    const to = bound(s.dates, end, true)
    return (s.prefix[to] as bigint) - (s.prefix[from] as bigint)
  }
  const hierarchy = options.hierarchy
  if (hierarchy === undefined) return leaf
  return (unit, start, end) => {
    if (hierarchy.childrenAt(unit, end).length === 0) return leaf(unit, start, end)
    let sum = 0n
    for (const u of leavesAt(hierarchy, unit, end)) sum += leaf(u, start, end)
    return sum
  }
}

/**
 * Counted money in a period whose commune is not a leaf of `root` on the period end — e.g. a commune merged
 * during the year (xã Tà Chải into TT Bắc Hà on 2024-11-01) or a phường outside the programme base. A roll-up
 * over the hierarchy leaves these out; report them rather than lose them silently.
 *
 * @example
 * moneyOutside(lines, hierarchy, unitCode("10"), yearPeriod(2024)) // Map { "02872" => 15000000n }
 */
export const moneyOutside = (
  lines: Iterable<Contribution>,
  hierarchy: Hierarchy,
  root: UnitCode,
  period: Period,
  options: MobilisedMoneyOptions = {},
): ReadonlyMap<UnitCode, bigint> => {
  const counted = new Set<Status>(options.statuses ?? officialStatuses)
  const leaves = new Set<string>(leavesAt(hierarchy, root, period.end))
  const out = new Map<UnitCode, bigint>()
  for (const l of lines) {
    if (!counted.has(l.status) || l.date < period.start || l.date > period.end || leaves.has(l.commune)) continue
    out.set(l.commune, (out.get(l.commune) ?? 0n) + (l.value ?? 0n))
  }
  return out
}
