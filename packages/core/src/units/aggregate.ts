/** Roll-up of per-unit figures through the hierarchy as of a date, and re-basing them onto later units via lineage. */
import type { IsoDate } from "../shared/IsoDate.ts"
import type { Figure, Monoid } from "./Figure.ts"
import { ancestorAt, type UnitRegistry, unitAt } from "./Registry.ts"
import type { Unit } from "./Unit.ts"
import type { Level } from "./UnitType.ts"

/** A figure that could not be placed, with the code it was given for and why. */
export interface Unplaced<A> {
  readonly code: string
  readonly value: A
  readonly reason:
    | "unknown-unit"
    | "no-unit-at-level"
    | "backwards"
    | "no-lineage"
    | "abolished"
    | "split-without-allocation"
  /** The unit version where the trail stopped, when there is one. */
  readonly at?: Unit
}

/** Totals per unit code, plus whatever could not be placed: nothing is dropped, nothing is guessed. */
export interface Placed<A> {
  readonly totals: ReadonlyMap<string, A>
  readonly unplaced: ReadonlyArray<Unplaced<A>>
}

const addTo = <A>(totals: Map<string, A>, figure: Monoid<A>, code: string, value: A): void => {
  totals.set(code, figure.add(totals.get(code) ?? figure.zero, value))
}

/**
 * Sums per-unit figures into the units of `level` that contain them as of `date` (e.g. communes → districts as of
 * 2022-12-31). A code not valid on `date`, or with no unit at that level above it, is returned in `unplaced`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { bigintFigure, laoCaiRegistry, rollUp } from "@ntm/core/units"
 * const placed = rollUp(laoCaiRegistry, [["02911", 5n], ["02914", 7n]], IsoDate.isoDate("2022-12-31"), "district", bigintFigure)
 * placed.totals // => new Map([["086", 12n]])
 * ```
 */
export const rollUp = <A>(
  registry: UnitRegistry,
  figures: Iterable<readonly [string, A]>,
  date: IsoDate,
  level: Level,
  figure: Monoid<A>,
): Placed<A> => {
  const totals = new Map<string, A>()
  const unplaced: Array<Unplaced<A>> = []
  for (const [code, value] of figures) {
    const unit = unitAt(registry, code, date)
    if (unit === undefined) {
      unplaced.push({ code, value, reason: "unknown-unit" })
      continue
    }
    const target = ancestorAt(registry, code, date, level)
    if (target === undefined) unplaced.push({ code, value, reason: "no-unit-at-level", at: unit })
    else addTo(totals, figure, target.code, value)
  }
  return { totals, unplaced }
}

/**
 * Re-bases figures of the units valid on `from` onto the units valid on `to`, following lineage events: a merged
 * unit's figure passes whole to its successor, a split shares it out by the event's allocation weights, and a
 * split without allocation, an abolition or a unit ending without lineage leaves it in `unplaced`. The grand total
 * (totals plus unplaced) always equals the input's.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { bigintFigure, laoCaiRegistry, rebase } from "@ntm/core/units"
 * // both fed the new Phường Lào Cai
 * const placed = rebase(laoCaiRegistry, [["02635", 1n], ["02647", 2n]], IsoDate.isoDate("2022-12-31"), IsoDate.isoDate("2025-07-01"), bigintFigure)
 * placed.totals // => new Map([["02647", 3n]])
 * ```
 */
export const rebase = <A>(
  registry: UnitRegistry,
  figures: Iterable<readonly [string, A]>,
  from: IsoDate,
  to: IsoDate,
  figure: Figure<A>,
): Placed<A> => {
  const totals = new Map<string, A>()
  const unplaced: Array<Unplaced<A>> = []
  const place = (code: string, unit: Unit, value: A): void => {
    if (unit.validFrom <= to && (unit.validTo === undefined || to < unit.validTo)) {
      addTo(totals, figure, unit.code, value)
      return
    }
    const ev = registry.endingEventOf.get(unit)
    if (ev === undefined) {
      unplaced.push({ code, value, reason: "no-lineage", at: unit })
      return
    }
    const allocation = ev.event.allocations?.find((a) => a.from === unit.code)
    if (allocation !== undefined) {
      const parts = figure.allocate(
        value,
        allocation.shares.map((s) => s.weight),
      )
      allocation.shares.forEach((s, i) => {
        place(code, ev.toByCode.get(s.to)!, parts[i]!)
      })
    } else if (ev.to.length === 1) place(code, ev.to[0]!, value)
    else unplaced.push({ code, value, reason: ev.to.length === 0 ? "abolished" : "split-without-allocation", at: unit })
  }
  for (const [code, value] of figures) {
    const unit = unitAt(registry, code, from)
    if (unit === undefined) unplaced.push({ code, value, reason: "unknown-unit" })
    else if (to < from) unplaced.push({ code, value, reason: "backwards", at: unit })
    else place(code, unit, value)
  }
  return { totals, unplaced }
}
