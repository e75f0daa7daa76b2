/** The unit registry: a validated dataset indexed once for fast, pure queries on the hierarchy and lineage by date. */
import { type Classification, classificationsAt } from "../shared/Classification.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import { formatProblem, hasErrors, type Problem } from "../shared/Problem.ts"
import type { Region } from "../shared/Region.ts"
import { indexTrustedDataset } from "./indexDataset.ts"
import type { LineageEvent } from "./LineageEvent.ts"
import { type AliasIndex, exactKey, matchKey } from "./Names.ts"
import { isValidAt, levelOfUnit, type Unit, type UnitId, unitId } from "./Unit.ts"
import type { UnitDataset } from "./UnitDataset.ts"
import type { Level } from "./UnitType.ts"
import { loadDataset, validateDataset } from "./validate.ts"

/** A lineage event (sắp xếp đơn vị hành chính) with its codes resolved to unit versions. */
export interface ResolvedEvent {
  readonly event: LineageEvent
  readonly from: ReadonlyArray<Unit>
  readonly to: ReadonlyArray<Unit>
  /** `to` versions by code. */
  readonly toByCode: ReadonlyMap<string, Unit>
  /** Ids of versions listed on both sides (they continue through the event). */
  readonly continuing: ReadonlySet<UnitId>
}

/** An indexed, validated unit dataset (sổ đăng ký đơn vị hành chính). Build it with {@link makeRegistry}. */
export interface UnitRegistry {
  readonly dataset: UnitDataset
  readonly byId: ReadonlyMap<UnitId, Unit>
  /** Versions of each code, sorted by `validFrom` (they never overlap). */
  readonly byCode: ReadonlyMap<string, ReadonlyArray<Unit>>
  /** Every version that ever had this parent code. */
  readonly childrenByParent: ReadonlyMap<string, ReadonlyArray<Unit>>
  /** The event in which a version ends (it is in `from` and not continuing). */
  readonly endingEvent: ReadonlyMap<UnitId, ResolvedEvent>
  /** The same, keyed by the version object itself (no id string to build in hot loops). */
  readonly endingEventOf: ReadonlyMap<Unit, ResolvedEvent>
  /** The events in which a version is in `to` (it starts, or continues and absorbs). */
  readonly startingEvents: ReadonlyMap<UnitId, ReadonlyArray<ResolvedEvent>>
  /** Versions by name match key (see {@link matchKey}). */
  readonly byName: ReadonlyMap<string, ReadonlyArray<Unit>>
  readonly aliases: AliasIndex
}

/**
 * Validates a dataset and indexes it. Fails with every error found; warnings are returned alongside.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiDataset, makeRegistry, unitAt } from "@ntm/core/units"
 * const r = makeRegistry(laoCaiDataset)
 * r.ok && unitAt(r.registry, "02647", IsoDate.isoDate("2022-06-30"))?.name // => "Phường Kim Tân"
 * ```
 */
export const makeRegistry = (
  dataset: UnitDataset,
):
  | { readonly ok: true; readonly registry: UnitRegistry; readonly warnings: ReadonlyArray<Problem> }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> } => {
  const problems = validateDataset(dataset)
  if (hasErrors(problems)) return { ok: false, problems }
  return { ok: true, registry: indexTrustedDataset(dataset), warnings: problems }
}

/**
 * Decodes JSON, validates and indexes it: the entry point for a province loading its own units.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiDatasetJson, registryFromJson, unitAt } from "@ntm/core/units"
 * const loaded = registryFromJson(JSON.parse(JSON.stringify(laoCaiDatasetJson)))
 * loaded.ok && unitAt(loaded.registry, "02794", IsoDate.isoDate("2022-06-01"))?.name // => "Xã Tả Thàng"
 * registryFromJson({ units: "none" }).ok // => false
 * ```
 */
export const registryFromJson = (
  input: unknown,
):
  | { readonly ok: true; readonly registry: UnitRegistry; readonly warnings: ReadonlyArray<Problem> }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> } => {
  const loaded = loadDataset(input)
  return loaded.ok ? { ok: true, registry: indexTrustedDataset(loaded.dataset), warnings: loaded.warnings } : loaded
}

/**
 * Like {@link makeRegistry} but throws on errors: for datasets shipped in code and checked by tests.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { exists, laoCaiDataset, unsafeMakeRegistry } from "@ntm/core/units"
 * const registry = unsafeMakeRegistry(laoCaiDataset)
 * exists(registry, "02794", IsoDate.isoDate("2022-06-01")) // => true
 * ```
 */
export const unsafeMakeRegistry = (dataset: UnitDataset): UnitRegistry => {
  const r = makeRegistry(dataset)
  if (!r.ok) throw new Error(`invalid unit dataset:\n${r.problems.map(formatProblem).join("\n")}`)
  return r.registry
}

/**
 * The first date the dataset vouches for; before it, "no unit" means "unknown", not "did not exist".
 *
 * @example
 * ```ts
 * import { coverageFrom, laoCaiRegistry } from "@ntm/core/units"
 * coverageFrom(laoCaiRegistry) // => "2021-01-01"
 * ```
 */
export const coverageFrom = (registry: UnitRegistry): IsoDate | undefined => registry.dataset.coverageFrom

/**
 * The version of `code` valid on `date`, if any.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, unitAt } from "@ntm/core/units"
 * unitAt(laoCaiRegistry, "02872", IsoDate.isoDate("2024-06-01"))?.name // => "Xã Tà Chải"
 * // merged into TT Bắc Hà on 2024-11-01
 * unitAt(laoCaiRegistry, "02872", IsoDate.isoDate("2024-11-01")) // => undefined
 * ```
 */
export const unitAt = (registry: UnitRegistry, code: string, date: IsoDate): Unit | undefined => {
  const versions = registry.byCode.get(code)
  if (versions === undefined) return undefined
  for (const u of versions) if (u.validFrom <= date && (u.validTo === undefined || date < u.validTo)) return u
  return undefined
}

/**
 * True when a unit with this code exists on `date` (e.g. a contribution's commune on its date).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { exists, laoCaiRegistry } from "@ntm/core/units"
 * // Xã Tà Chải (02872) merged into TT Bắc Hà on 2024-11-01
 * exists(laoCaiRegistry, "02872", IsoDate.isoDate("2024-06-01")) // => true
 * exists(laoCaiRegistry, "02872", IsoDate.isoDate("2024-11-01")) // => false
 * ```
 */
export const exists = (registry: UnitRegistry, code: string, date: IsoDate): boolean =>
  unitAt(registry, code, date) !== undefined

/**
 * Whether `code` existed on `date`: `"exists"`, `"did-not-exist"`, or `"unknown"` when the date is before the
 * dataset's coverage and no version is known then. Use it to reject a commune that did not exist on a date
 * without rejecting one the dataset simply does not reach back to.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { existenceAt, laoCaiRegistry } from "@ntm/core/units"
 * // Tà Chải merged into TT Bắc Hà on 2024-11-01; the dataset starts on 2021-01-01
 * existenceAt(laoCaiRegistry, "02872", IsoDate.isoDate("2024-11-01")) // => "did-not-exist"
 * existenceAt(laoCaiRegistry, "02872", IsoDate.isoDate("2019-01-01")) // => "unknown"
 * ```
 */
export const existenceAt = (
  registry: UnitRegistry,
  code: string,
  date: IsoDate,
): "exists" | "did-not-exist" | "unknown" => {
  if (exists(registry, code, date)) return "exists"
  const from = registry.dataset.coverageFrom
  return from !== undefined && date < from ? "unknown" : "did-not-exist"
}

/**
 * The parent of the unit `code` as of `date`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, parentAt } from "@ntm/core/units"
 * parentAt(laoCaiRegistry, "02911", IsoDate.isoDate("2022-12-31"))?.name // => "Huyện Bảo Thắng"
 * ```
 */
export const parentAt = (registry: UnitRegistry, code: string, date: IsoDate): Unit | undefined => {
  const u = unitAt(registry, code, date)
  return u?.parent === undefined ? undefined : unitAt(registry, u.parent, date)
}

/**
 * The ancestors of `code` as of `date`, nearest first (district, then province).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { ancestorsAt, laoCaiRegistry } from "@ntm/core/units"
 * ancestorsAt(laoCaiRegistry, "02911", IsoDate.isoDate("2022-12-31")).map((u) => u.code) // => ["086", "10"]
 * ```
 */
export const ancestorsAt = (registry: UnitRegistry, code: string, date: IsoDate): Array<Unit> => {
  const out: Array<Unit> = []
  for (let p = parentAt(registry, code, date); p !== undefined; p = parentAt(registry, p.code, date)) out.push(p)
  return out
}

/**
 * The unit at `level` containing `code` as of `date` — the unit itself when it is at that level. Before
 * 2025-07-01 a commune's `"district"` is its huyện; after, communes have none.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { ancestorAt, laoCaiRegistry } from "@ntm/core/units"
 * ancestorAt(laoCaiRegistry, "02911", IsoDate.isoDate("2022-12-31"), "district")?.name // => "Huyện Bảo Thắng"
 * ancestorAt(laoCaiRegistry, "02911", IsoDate.isoDate("2025-07-01"), "district") // => undefined
 * ```
 */
export const ancestorAt = (registry: UnitRegistry, code: string, date: IsoDate, level: Level): Unit | undefined => {
  for (let u = unitAt(registry, code, date); u !== undefined; u = parentAt(registry, u.code, date)) {
    if (levelOfUnit(u) === level) return u
  }
  return undefined
}

/**
 * The children of `code` as of `date`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { childrenAt, laoCaiRegistry } from "@ntm/core/units"
 * // The units of Huyện Bảo Thắng
 * childrenAt(laoCaiRegistry, "086", IsoDate.isoDate("2022-12-31")).map((u) => u.name).slice(0, 3) // => ["Thị trấn N.T Phong Hải", "Thị trấn Phố Lu", "Thị trấn Tằng Loỏng"]
 * ```
 */
export const childrenAt = (registry: UnitRegistry, code: string, date: IsoDate): Array<Unit> =>
  (registry.childrenByParent.get(code) ?? []).filter((u) => isValidAt(u, date))

/**
 * Every unit valid on `date`, optionally only those of one level.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, unitsAt } from "@ntm/core/units"
 * // From 1 July 2025 there is no district level
 * unitsAt(laoCaiRegistry, IsoDate.isoDate("2025-07-01"), "district") // => []
 * unitsAt(laoCaiRegistry, IsoDate.isoDate("2022-12-31"), "district").length // => 9
 * ```
 */
export const unitsAt = (registry: UnitRegistry, date: IsoDate, level?: Level): Array<Unit> =>
  registry.dataset.units.filter((u) => isValidAt(u, date) && (level === undefined || levelOfUnit(u) === level))

/**
 * The region of `code` as of `date`: its own, else its nearest ancestor's.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, regionAt } from "@ntm/core/units"
 * regionAt(laoCaiRegistry, "02794", IsoDate.isoDate("2022-12-31")) // => "TDMNPB"
 * ```
 */
export const regionAt = (registry: UnitRegistry, code: string, date: IsoDate): Region | undefined => {
  for (let u = unitAt(registry, code, date); u !== undefined; u = parentAt(registry, u.code, date)) {
    if (u.region !== undefined) return u.region
  }
  return undefined
}

/**
 * The classification flags of `code` in force on `date`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { classificationsOf, laoCaiRegistry } from "@ntm/core/units"
 * // The shipped Lào Cai dataset carries no classification flags
 * classificationsOf(laoCaiRegistry, "02794", IsoDate.isoDate("2022-12-31")) // => []
 * ```
 */
export const classificationsOf = (registry: UnitRegistry, code: string, date: IsoDate): Array<Classification> =>
  classificationsAt(unitAt(registry, code, date)?.classifications ?? [], date)

/**
 * Units valid on `date` whose name matches, ignoring type prefix, case, tone placement and — when no exact match
 * exists — diacritics and known spelling variants. `level` keeps one level (Phường Sa Pa and Thị xã Sa Pa share a
 * name); `within` keeps only units under that ancestor code.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { findByName, laoCaiRegistry } from "@ntm/core/units"
 * findByName(laoCaiRegistry, "xã Nàn Sín", IsoDate.isoDate("2024-01-01")).map((u) => u.code) // => ["02836"]
 * ```
 */
export const findByName = (
  registry: UnitRegistry,
  name: string,
  date: IsoDate,
  options: { readonly within?: string; readonly level?: Level } = {},
): Array<Unit> => {
  const candidates = (registry.byName.get(matchKey(name, registry.aliases)) ?? []).filter(
    (u) =>
      isValidAt(u, date) &&
      (options.level === undefined || levelOfUnit(u) === options.level) &&
      (options.within === undefined || ancestorsAt(registry, u.code, date).some((a) => a.code === options.within)),
  )
  const key = exactKey(name)
  const exact = candidates.filter((u) => exactKey(u.name) === key)
  return exact.length > 0 ? exact : candidates
}

/**
 * The versions valid on `date` that a unit version became, following lineage events forward (merges, splits,
 * renames, re-parenting). A version still valid on `date` is its own successor; one abolished without successor
 * has none; a date before the version starts gives none.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, successorsOf, unitAt } from "@ntm/core/units"
 * // Xã Tả Thàng (02794) was merged into the new commune 02782 on 1 July 2025
 * const taThang = unitAt(laoCaiRegistry, "02794", IsoDate.isoDate("2025-06-30"))!
 * successorsOf(laoCaiRegistry, taThang, IsoDate.isoDate("2025-07-01")).map((u) => u.code) // => ["02782"]
 * ```
 */
export const successorsOf = (registry: UnitRegistry, unit: Unit, date: IsoDate): Array<Unit> => {
  const out = new Map<UnitId, Unit>()
  const walk = (u: Unit): void => {
    if (isValidAt(u, date)) {
      out.set(unitId(u), u)
      return
    }
    if (u.validTo === undefined || u.validTo > date) return
    const ev = registry.endingEventOf.get(u)
    if (ev !== undefined) for (const t of ev.to) walk(t)
  }
  if (unit.validFrom <= date) walk(unit)
  return [...out.values()]
}

/**
 * The units valid on `at` that the unit `code` (as it was on `date`) became.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, successorsAt } from "@ntm/core/units"
 * successorsAt(laoCaiRegistry, "02872", IsoDate.isoDate("2022-01-01"), IsoDate.isoDate("2025-07-01")).map((u) => [u.code, u.name]) // => [["02839", "Xã Bắc Hà"]]
 * ```
 */
export const successorsAt = (registry: UnitRegistry, code: string, date: IsoDate, at: IsoDate): Array<Unit> => {
  const u = unitAt(registry, code, date)
  return u === undefined ? [] : successorsOf(registry, u, at)
}

/**
 * The versions that directly formed or fed the unit `code` valid on `date` (the `from` side of its events).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, predecessorsOf } from "@ntm/core/units"
 * // the units the new Phường Lào Cai was formed from
 * predecessorsOf(laoCaiRegistry, "02647", IsoDate.isoDate("2025-07-01")).map((u) => u.code) // => ["02635", "02641", "02644", "02647", "02665", "02911"]
 * ```
 */
export const predecessorsOf = (registry: UnitRegistry, code: string, date: IsoDate): Array<Unit> => {
  const u = unitAt(registry, code, date)
  if (u === undefined) return []
  const id = unitId(u)
  const out = new Map<UnitId, Unit>()
  for (const ev of registry.startingEvents.get(id) ?? []) {
    for (const f of ev.from) if (unitId(f) !== id) out.set(unitId(f), f)
  }
  return [...out.values()]
}

/**
 * The units valid on `earlier` that make up (wholly or partly) the unit `code` valid on `date`, following lineage
 * backwards. A unit that continued through absorptions is its own predecessor.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, predecessorsAt } from "@ntm/core/units"
 * predecessorsAt(laoCaiRegistry, "02647", IsoDate.isoDate("2025-07-01"), IsoDate.isoDate("2024-01-01")).length // => 6
 * ```
 */
export const predecessorsAt = (registry: UnitRegistry, code: string, date: IsoDate, earlier: IsoDate): Array<Unit> => {
  const start = unitAt(registry, code, date)
  if (start === undefined || earlier > date) return []
  const out = new Map<UnitId, Unit>()
  const seen = new Set<string>()
  // Only events up to `limit` count: a unit that fed this one on `limit` may absorb others later.
  const walk = (u: Unit, limit: IsoDate): void => {
    const id = unitId(u)
    if (seen.has(`${id}|${limit}`)) return
    seen.add(`${id}|${limit}`)
    if (isValidAt(u, earlier)) out.set(id, u)
    for (const ev of registry.startingEvents.get(id) ?? []) {
      if (ev.event.date > earlier && ev.event.date <= limit) for (const f of ev.from) walk(f, ev.event.date)
    }
  }
  walk(start, date)
  return [...out.values()]
}
