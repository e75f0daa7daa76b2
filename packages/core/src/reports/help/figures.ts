/** The figures of the annual help report, computed exactly from the ledger in a few passes: no text, no rounding. */
import {
  type Aggregation,
  aggregate,
  combine,
  dimension,
  dimensions,
  empty,
  inBaseUnits,
  joinKey,
  type StatusSummary,
  statusSummary,
  type Totals,
} from "../../contributions/aggregate.ts"
import type { Contribution, Provider } from "../../contributions/Contribution.ts"
import type { Catalogue } from "../../contributions/catalogue.ts"
import { countsInOfficialTotals } from "../../contributions/lifecycle.ts"
import type { PriceList } from "../../contributions/priceList.ts"
import { type ReconciliationRow, reconcile } from "../../contributions/reconciliation.ts"
import * as Q from "../../money/Quantity.ts"
import type { Vnd } from "../../money/Vnd.ts"
import type { IsoDate } from "../../shared/IsoDate.ts"
import { type Placed, rebase, rollUp, type Unplaced } from "../../units/aggregate.ts"
import { bigintFigure, type Figure, type Monoid } from "../../units/Figure.ts"
import { type UnitRegistry, unitAt } from "../../units/Registry.ts"

/** What the help report is computed from. */
export interface HelpInput {
  /** The report year; lines dated in it are counted. */
  readonly year: number
  readonly lines: ReadonlyArray<Contribution>
  readonly catalogue: Catalogue
  /** Price lists that valued lines, to name them in the method statement (an unknown id is listed by its id). */
  readonly priceLists: ReadonlyArray<PriceList>
  /** Units, for names, districts as of each line's date, and re-basing. */
  readonly registry: UnitRegistry
  /** Re-base the commune totals onto the units valid on this date (e.g. 2025-07-01, after the reorganisation). */
  readonly rebaseTo?: IsoDate
}

/** Money that can be re-based: a split shares cash and in-kind out separately, each exactly (largest remainder). */
export interface Money {
  readonly cash: Vnd
  readonly inKind: Vnd
}

/** {@link Money} as a figure for `rebase`: parts of a split always add up to the whole, in both fields. */
export const moneyFigure: Figure<Money> = {
  zero: { cash: 0n as Vnd, inKind: 0n as Vnd },
  add: (a, b) => ({ cash: (a.cash + b.cash) as Vnd, inKind: (a.inKind + b.inKind) as Vnd }),
  allocate: (value, weights) => {
    const cash = bigintFigure.allocate(value.cash, weights)
    const inKind = bigintFigure.allocate(value.inKind, weights)
    return weights.map((_, i) => ({ cash: cash[i]! as Vnd, inKind: inKind[i]! as Vnd }))
  },
}

/** {@link Totals} as a monoid for `rollUp`. */
export const totalsMonoid: Monoid<Totals> = { zero: empty, add: combine }

/** One item of the quantity list, in its base unit, with its value. */
export interface ItemFigure {
  readonly item: string
  readonly unit: string
  readonly quantity: Q.Quantity
  readonly value: Vnd
  readonly lines: number
}

/** A row for one provider. */
export interface ProviderFigure {
  readonly provider: Provider
  readonly totals: Totals
}

/** A row for one unit (commune, district, or a post-reorganisation commune). */
export interface UnitFigure<A> {
  readonly code: string
  /** Name on the date the figure is read, when the registry knows the unit. */
  readonly name: string | undefined
  readonly value: A
}

/** Figures that could be placed on units, and those that could not (never dropped). */
export interface PlacedFigures<A> {
  readonly units: ReadonlyArray<UnitFigure<A>>
  readonly unplaced: ReadonlyArray<Unplaced<A>>
}

/** Lines and value per valuation basis, and per price list used. */
export interface MethodFigures {
  readonly bases: ReadonlyArray<{ readonly basis: string; readonly lines: number; readonly value: Vnd }>
  readonly priceLists: ReadonlyArray<{
    readonly id: string
    readonly list: PriceList | undefined
    readonly lines: number
    readonly value: Vnd
  }>
}

/** Every figure of the annual help report (báo cáo kết quả giúp đỡ xã). */
export interface HelpFigures {
  readonly year: number
  /** Official (confirmed), declared-but-unconfirmed, pledged, rejected and voided totals of the year's lines. */
  readonly status: StatusSummary
  /** Official quantities per item in base units, with values, in catalogue order. */
  readonly items: ReadonlyArray<ItemFigure>
  readonly byProvider: ReadonlyArray<ProviderFigure>
  readonly byCommune: ReadonlyArray<UnitFigure<Totals>>
  /** Districts as of each line's date (the commune's huyện then). */
  readonly byDistrict: PlacedFigures<Totals>
  /** Communes re-based onto the units valid on `rebasedTo`. */
  readonly rebased: PlacedFigures<Money> | undefined
  readonly rebasedTo: IsoDate | undefined
  readonly method: MethodFigures
  readonly reconciliation: ReadonlyArray<ReconciliationRow>
  /** Grand totals of the reconciliation, summed from the lines themselves (not from its rows). */
  readonly reconciliationTotals: { readonly declared: Vnd; readonly confirmed: Vnd }
}

const byValueThenKey =
  <A>(value: (a: A) => bigint, key: (a: A) => string) =>
  (a: A, b: A) => {
    const va = value(a)
    const vb = value(b)
    if (va !== vb) return va > vb ? -1 : 1
    const ka = key(a)
    const kb = key(b)
    return ka < kb ? -1 : ka > kb ? 1 : 0
  }

/**
 * Lines dated in the year.
 *
 * @example
 * ```ts
 * import { HelpFigures } from "@ntm/core/reports"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * HelpFigures.linesOfYear(laoCai2022Contributions, 2021) // => []
 * ```
 */
export const linesOfYear = (lines: ReadonlyArray<Contribution>, year: number): Array<Contribution> => {
  const prefix = `${String(year).padStart(4, "0")}-`
  return lines.filter((l) => l.date.startsWith(prefix))
}

/** Per (commune, date) official totals: the unit each line names is the one valid on its own date. */
const byCommuneAndDate = (lines: ReadonlyArray<Contribution>): Aggregation =>
  aggregate(lines, [dimensions.commune, dimension("date", (l) => l.date)])

/** Places per-(code, date) figures date by date with `place`, and merges the results. */
const placeByDate = <A>(
  groups: Aggregation,
  value: (t: Totals) => A,
  monoid: Monoid<A>,
  place: (figures: Array<readonly [string, A]>, date: IsoDate) => Placed<A>,
): { totals: Map<string, A>; unplaced: Array<Unplaced<A>> } => {
  const perDate = new Map<string, Array<readonly [string, A]>>()
  for (const g of groups.groups.values()) {
    const [code = "", date = ""] = g.key
    let list = perDate.get(date)
    if (list === undefined) {
      list = []
      perDate.set(date, list)
    }
    list.push([code, value(g.totals)])
  }
  const totals = new Map<string, A>()
  const unplaced: Array<Unplaced<A>> = []
  for (const [date, figures] of [...perDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const placed = place(figures, date as IsoDate)
    for (const [code, v] of placed.totals) totals.set(code, monoid.add(totals.get(code) ?? monoid.zero, v))
    unplaced.push(...placed.unplaced)
  }
  return { totals, unplaced }
}

const method = (official: ReadonlyArray<Contribution>, priceLists: ReadonlyArray<PriceList>): MethodFigures => {
  const bases = aggregate(official, [dimensions.basis])
  const lists = aggregate(
    official.filter((l) => l.valuation?.priceListId !== undefined),
    [dimension("priceList", (l) => l.valuation?.priceListId ?? "")],
  )
  return {
    bases: [...bases.groups.values()]
      .map((g) => ({ basis: g.key[0] ?? "", lines: g.totals.lines, value: g.totals.value }))
      .sort(
        byValueThenKey(
          (x) => x.value,
          (x) => x.basis,
        ),
      ),
    priceLists: [...lists.groups.values()]
      .map((g) => ({
        id: g.key[0] ?? "",
        list: priceLists.find((p) => p.id === g.key[0]),
        lines: g.totals.lines,
        value: g.totals.value,
      }))
      .sort(
        byValueThenKey(
          (x) => x.value,
          (x) => x.id,
        ),
      ),
  }
}

/**
 * Computes the help report's figures for a year: official totals (confirmed lines only) and, apart, what was
 * pledged, declared but unconfirmed, rejected or voided; quantities per item; totals by provider, by commune, by
 * district as of each line's date, and re-based onto later communes with what could not be placed; the valuation
 * bases and price lists used; and the reconciliation of declared against confirmed amounts.
 *
 * @example
 * ```ts
 * import { Catalogue } from "@ntm/core/contributions"
 * import { laoCai2022Contributions, laoCai2022PriceList } from "@ntm/core/demo"
 * import { HelpFigures } from "@ntm/core/reports"
 * import { laoCaiRegistry } from "@ntm/core/units"
 * const f = HelpFigures.helpFigures({ year: 2022, lines: laoCai2022Contributions, catalogue: Catalogue.standardCatalogue, priceLists: [laoCai2022PriceList], registry: laoCaiRegistry })
 * // Official: confirmed lines only (the article's 16,493.82 million đồng)
 * f.status.official.value // => 16493820000n
 * ```
 */
export const helpFigures = (input: HelpInput): HelpFigures => {
  const { registry } = input
  const lines = linesOfYear(input.lines, input.year)
  const status = statusSummary(lines)
  const official = lines.filter((l) => countsInOfficialTotals(l.status))

  // Items: per (item, unit) group, folded into the item's base unit, then merged per (item, base unit).
  const order = new Map(input.catalogue.items.map((it, i) => [it.code, i]))
  const merged = new Map<string, ItemFigure>()
  for (const g of aggregate(official, [dimensions.item, dimension("unit", (l) => l.unit)]).groups.values())
    for (const q of inBaseUnits(g.totals, input.catalogue)) {
      const key = joinKey([q.item, q.unit])
      const prev = merged.get(key)
      merged.set(key, {
        item: q.item,
        unit: q.unit,
        quantity: prev === undefined ? q.quantity : Q.add(prev.quantity, q.quantity),
        value: ((prev?.value ?? 0n) + g.totals.value) as Vnd,
        lines: (prev?.lines ?? 0) + g.totals.lines,
      })
    }
  const items = [...merged.values()].sort(
    (a, b) => (order.get(a.item) ?? 1e9) - (order.get(b.item) ?? 1e9) || (a.unit < b.unit ? -1 : 1),
  )

  const providers = new Map<string, Provider>()
  for (const l of official) providers.set(l.provider.id, l.provider)
  const byProvider = [...aggregate(official, [dimensions.provider]).groups.values()]
    .map((g) => ({ provider: providers.get(g.key[0] ?? "")!, totals: g.totals }))
    .sort(
      byValueThenKey(
        (x) => x.totals.value,
        (x) => x.provider.id,
      ),
    )

  // Communes: named as of the last date a line names them.
  const lastDate = new Map<string, IsoDate>()
  for (const l of official) if ((lastDate.get(l.commune) ?? "") < l.date) lastDate.set(l.commune, l.date)
  const nameAt = (code: string, date: IsoDate | undefined) =>
    date === undefined ? undefined : unitAt(registry, code, date)?.name
  const byCommune = [...aggregate(official, [dimensions.commune]).groups.values()]
    .map((g) => {
      const code = g.key[0] ?? ""
      return { code, name: nameAt(code, lastDate.get(code)), value: g.totals }
    })
    .sort(
      byValueThenKey(
        (x) => x.value.value,
        (x) => x.code,
      ),
    )

  const perCommuneDate = byCommuneAndDate(official)
  const districts = placeByDate(
    perCommuneDate,
    (t) => t,
    totalsMonoid,
    (figures, date) => rollUp(registry, figures, date, "district", totalsMonoid),
  )
  const lastDay = `${String(input.year).padStart(4, "0")}-12-31` as IsoDate
  const districtName = (code: string) => {
    // The district as it was on the last day of the year, else on any day it held one of the year's lines.
    const at = unitAt(registry, code, lastDay) ?? registry.byCode.get(code)?.at(-1)
    return at?.name
  }
  const byDistrict: PlacedFigures<Totals> = {
    units: [...districts.totals]
      .map(([code, value]) => ({ code, name: districtName(code), value }))
      .sort(
        byValueThenKey(
          (x) => x.value.value,
          (x) => x.code,
        ),
      ),
    unplaced: districts.unplaced,
  }

  let rebased: PlacedFigures<Money> | undefined
  const to = input.rebaseTo
  if (to !== undefined) {
    const placed = placeByDate(
      perCommuneDate,
      (t): Money => ({ cash: t.cash, inKind: t.inKind }),
      moneyFigure,
      (figures, date) => rebase(registry, figures, date, to, moneyFigure),
    )
    rebased = {
      units: [...placed.totals]
        .map(([code, value]) => ({ code, name: nameAt(code, to), value }))
        .sort(
          byValueThenKey(
            (x) => x.value.cash + x.value.inKind,
            (x) => x.code,
          ),
        ),
      unplaced: placed.unplaced,
    }
  }

  return {
    year: input.year,
    status,
    items,
    byProvider,
    byCommune,
    byDistrict,
    rebased,
    rebasedTo: to,
    method: method(official, input.priceLists),
    reconciliation: reconcile(lines),
    reconciliationTotals: {
      declared: lines
        .filter((l) => l.status === "delivered" || l.status === "confirmed" || l.status === "rejected")
        .reduce((sum, l) => sum + (l.declaredValue ?? l.value ?? 0n), 0n) as Vnd,
      confirmed: status.official.value,
    },
  }
}
