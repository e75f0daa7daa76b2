/**
 * The decision: a commune's records are authorized by the administrative units in force on the records' dates, not
 * today's. After the 2025 reorganisation 37 xã of old Lào Cai (GSO 10) belong to province 15, yet their 2022 records
 * stay province 10's — so reading them is decided with the registry as of their dates.
 */
import { IsoDate } from "@ntm/core"
import type { Scope } from "@ntm/core/authz"
import { ancestorAt, type UnitRegistry } from "@ntm/core/units"
import { Effect } from "effect"
import { UnitRegistries } from "../reference/units.ts"
import { communeScope } from "./communeScope.ts"

/** The days a list of records reads: one year (1 January – 31 December) or, without a year, all up to `end`. */
export interface RecordWindow {
  readonly start?: IsoDate.IsoDate
  readonly end: IsoDate.IsoDate
}

/**
 * The window of a commune list: the records of `year` (by their own dates), or every record up to `today`.
 *
 * @example
 * recordWindow(2022, isoDate("2026-03-01")) // { start: "2022-01-01", end: "2022-12-31" }
 */
export const recordWindow = (year: number | string | undefined, today: IsoDate.IsoDate): RecordWindow =>
  year === undefined
    ? { end: today }
    : { start: IsoDate.isoDate(`${year}-01-01`), end: IsoDate.isoDate(`${year}-12-31`) }

const boundaries = new WeakMap<UnitRegistry, ReadonlyArray<IsoDate.IsoDate>>()

/** Every date on which some unit of the registry starts or stops (the only days a placement can change), sorted. */
const changeDates = (registry: UnitRegistry): ReadonlyArray<IsoDate.IsoDate> => {
  let dates = boundaries.get(registry)
  if (dates === undefined) {
    const set = new Set<IsoDate.IsoDate>()
    for (const u of registry.dataset.units) {
      set.add(u.validFrom)
      if (u.validTo !== undefined) set.add(u.validTo)
    }
    dates = [...set].sort()
    boundaries.set(registry, dates)
  }
  return dates
}

const dayBefore = (d: IsoDate.IsoDate): IsoDate.IsoDate =>
  IsoDate.isoDate(new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10))

/** The latest day of the window satisfying `holds` (a registry fact), or undefined. */
const latestDay = (
  registry: UnitRegistry,
  window: RecordWindow,
  holds: (d: IsoDate.IsoDate) => boolean,
): IsoDate.IsoDate | undefined => {
  if (holds(window.end)) return window.end
  const dates = changeDates(registry)
  for (let i = dates.length - 1; i >= 0; i--) {
    const t = dates[i] as IsoDate.IsoDate
    if (t > window.end) continue
    const d = dayBefore(t)
    if (window.start !== undefined && d < window.start) break
    if (holds(d)) return d
  }
  return undefined
}

/**
 * The latest day of `window` on which the registry places `commune` in `province`, or undefined when it never does
 * in that window. A placement only changes on a unit's `validFrom`/`validTo`, so the window's end and the day before
 * each change inside the window are the only candidates.
 *
 * @example
 * placementDate(laoCaiRegistry, "10", "02746", { end: isoDate("2026-03-01") }) // "2025-06-30": then it went to 15
 */
export const placementDate = (
  registry: UnitRegistry,
  province: string,
  commune: string,
  window: RecordWindow,
): IsoDate.IsoDate | undefined =>
  latestDay(registry, window, (d) => ancestorAt(registry, commune, d, "province")?.code === province)

/**
 * The date whose units decide a list of `commune`'s records filed in `province`: the latest day of the window the
 * commune was in `province`; else the latest day of the window the registry knows it at all (in another province:
 * the policy refuses); else the window's end (a commune the registry does not know keeps the province named).
 */
export const decidingDate = (
  registry: UnitRegistry,
  province: string,
  commune: string,
  window: RecordWindow,
): IsoDate.IsoDate =>
  placementDate(registry, province, commune, window) ??
  latestDay(registry, window, (d) => ancestorAt(registry, commune, d, "province") !== undefined) ??
  window.end

/**
 * The scope a list of `commune`'s records filed in `province` is authorized on: the commune's units on the latest
 * day of the window it belonged to `province` (so a province-10 admin reads its 2022 records of a xã that is in
 * province 15 today); when it never belonged there in the window, its units on the last day of the window the
 * registry knows it decide (and the policy refuses another province's commune); see `decidingDate`. Lists also keep
 * only items filed under `province`.
 *
 * @example
 * yield* authorizeOrFail("read", yield* recordListScope("10", "02746", recordWindow(2022, today)))
 */
export const recordListScope = (province: string, commune: string, window: RecordWindow): Effect.Effect<Scope> =>
  Effect.gen(function* () {
    const registry = (yield* UnitRegistries).get(province)
    const date = registry === undefined ? window.end : decidingDate(registry, province, commune, window)
    return yield* communeScope(province, commune, date)
  })
