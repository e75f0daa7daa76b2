/** Indexing a unit dataset into a registry, without validation: the checked ways in are in Registry.ts. */
import { aliasIndex, matchKey } from "./Names.ts"
import type { ResolvedEvent, UnitRegistry } from "./Registry.ts"
import { isValidAt, isValidJustBefore, type Unit, type UnitId, unitId } from "./Unit.ts"
import type { UnitDataset } from "./UnitDataset.ts"

const push = <K, V>(map: Map<K, Array<V>>, key: K, value: V): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/**
 * Indexes a dataset WITHOUT validating it: only for data shipped in code whose validation a test runs (an invalid
 * dataset makes the lookups wrong or throw). `makeRegistry` and `registryFromJson` are the checked ways in.
 */
export const indexTrustedDataset = (dataset: UnitDataset): UnitRegistry => {
  const byId = new Map<UnitId, Unit>()
  const byCode = new Map<string, Array<Unit>>()
  const childrenByParent = new Map<string, Array<Unit>>()
  const byName = new Map<string, Array<Unit>>()
  const aliases = aliasIndex(dataset.aliases ?? [])
  for (const u of dataset.units) {
    byId.set(unitId(u), u)
    push(byCode, u.code, u)
    if (u.parent !== undefined) push(childrenByParent, u.parent, u)
    push(byName, matchKey(u.name, aliases), u)
  }
  for (const list of byCode.values()) list.sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
  const endingEvent = new Map<UnitId, ResolvedEvent>()
  const endingEventOf = new Map<Unit, ResolvedEvent>()
  const startingEvents = new Map<UnitId, Array<ResolvedEvent>>()
  for (const event of dataset.events) {
    const pick = (code: string, valid: (u: Unit) => boolean) => byCode.get(code)!.find(valid)!
    const from = event.from.map((c) => pick(c, (u) => isValidJustBefore(u, event.date)))
    const to = event.to.map((c) => pick(c, (u) => isValidAt(u, event.date)))
    const toIds = new Set(to.map(unitId))
    const continuing = new Set(from.map(unitId).filter((id) => toIds.has(id)))
    const resolved: ResolvedEvent = { event, from, to, toByCode: new Map(to.map((u) => [u.code, u])), continuing }
    for (const u of from) {
      if (continuing.has(unitId(u))) continue
      endingEvent.set(unitId(u), resolved)
      endingEventOf.set(u, resolved)
    }
    for (const u of to) push(startingEvents, unitId(u), resolved)
  }
  return { dataset, byId, byCode, childrenByParent, endingEvent, endingEventOf, startingEvents, byName, aliases }
}
