/** Aggregation of contribution lines as a commutative monoid: totals by any combination of dimensions, in one pass. */
import { BigDecimal } from "effect"
import * as Q from "../money/Quantity.ts"
import type { Vnd } from "../money/Vnd.ts"
import type { Contribution, Status } from "./Contribution.ts"
import type { Catalogue } from "./catalogue.ts"
import { findItem } from "./catalogue.ts"
import { convert } from "./conversion.ts"
import * as Exact from "./exactSum.ts"
import { officialStatuses } from "./lifecycle.ts"

/** The summed quantity of one item in one unit (số lượng cộng dồn). */
export interface QuantityTotal {
  readonly item: string
  readonly unit: string
  readonly quantity: Q.Quantity
}

/**
 * Totals (tổng hợp) of a set of lines: VND beside quantities, cash beside in-kind. An element of a commutative monoid
 * with {@link empty} and {@link combine}: any grouping and any order give the same totals.
 */
export interface Totals {
  readonly lines: number
  /** Sum of line values, in đồng. */
  readonly value: Vnd
  /** The part of `value` from the `cash` category (tiền mặt). */
  readonly cash: Vnd
  /** The part of `value` from every other category (hiện vật, ngày công… quy ra tiền). */
  readonly inKind: Vnd
  /** Lines with no value yet (counted in `lines` and quantities, adding 0 đồng). */
  readonly unvalued: number
  /** Quantity per item and unit, keyed `item + "\u001f" + unit`. */
  readonly quantities: ReadonlyMap<string, QuantityTotal>
}

const SEP = "\u001f"

// Bound once to module constants: under a module runner (vitest's, Vite's SSR) every read of an imported binding is a
// getter call, which the per-line loop cannot afford (as measured for P1).
const { addExact, totalOf, zeroSum } = Exact
type ExactSum = Exact.ExactSum

/** The identity: no lines. */
export const empty: Totals = {
  lines: 0,
  value: 0n as Vnd,
  cash: 0n as Vnd,
  inKind: 0n as Vnd,
  unvalued: 0,
  quantities: new Map(),
}

/**
 * A mutable accumulator: the monoid's combine, done in place for the one-pass hot loop. Sums are exact running sums
 * (exactSum.ts): added as floats while that is exact, so the loop allocates no bigint per line.
 */
interface Acc {
  lines: number
  value: ExactSum
  cash: ExactSum
  inKind: ExactSum
  unvalued: number
  /** item → unit → scaled quantity (sum × 10^-scale); nested maps so the hot loop builds no key strings. */
  quantities: Map<string, Map<string, { sum: ExactSum; scale: number }>>
}

const newAcc = (): Acc => ({
  lines: 0,
  value: zeroSum(),
  cash: zeroSum(),
  inKind: zeroSum(),
  unvalued: 0,
  quantities: new Map(),
})

const POW10: Array<bigint> = Array.from({ length: 32 }, (_, i) => 10n ** BigInt(i))
const pow10 = (n: number): bigint => POW10[n] ?? 10n ** BigInt(n)

const addQuantity = (acc: Acc, item: string, unit: string, value: bigint, scale: number): void => {
  let byUnit = acc.quantities.get(item)
  if (byUnit === undefined) {
    byUnit = new Map()
    acc.quantities.set(item, byUnit)
  }
  const q = byUnit.get(unit)
  if (q === undefined) {
    const sum = zeroSum()
    addExact(sum, value)
    byUnit.set(unit, { sum, scale })
  } else if (q.scale === scale) addExact(q.sum, value)
  else if (q.scale > scale) addExact(q.sum, value * pow10(q.scale - scale))
  else {
    q.sum = { big: totalOf(q.sum) * pow10(scale - q.scale), small: 0 }
    addExact(q.sum, value)
    q.scale = scale
  }
}

const addLine = (acc: Acc, line: Contribution): void => {
  acc.lines++
  const v = line.value
  if (v === undefined) acc.unvalued++
  else {
    addExact(acc.value, v)
    addExact(line.category === "cash" ? acc.cash : acc.inKind, v)
  }
  addQuantity(acc, line.item, line.unit, line.quantity.value, line.quantity.scale)
}

const addTotals = (acc: Acc, t: Totals): void => {
  acc.lines += t.lines
  addExact(acc.value, t.value)
  addExact(acc.cash, t.cash)
  addExact(acc.inKind, t.inKind)
  acc.unvalued += t.unvalued
  for (const q of t.quantities.values()) addQuantity(acc, q.item, q.unit, q.quantity.value, q.quantity.scale)
}

const freeze = (acc: Acc): Totals => {
  const quantities = new Map<string, QuantityTotal>()
  for (const [item, byUnit] of acc.quantities)
    for (const [unit, q] of byUnit)
      quantities.set(item + SEP + unit, {
        item,
        unit,
        quantity: BigDecimal.normalize(BigDecimal.make(totalOf(q.sum), q.scale)),
      })
  return {
    lines: acc.lines,
    value: totalOf(acc.value) as Vnd,
    cash: totalOf(acc.cash) as Vnd,
    inKind: totalOf(acc.inKind) as Vnd,
    unvalued: acc.unvalued,
    quantities,
  }
}

/**
 * The totals of one line.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * // The first demo line: 150,000,000 đồng in cash to xã Tả Thàng
 * const t = Aggregate.ofLine(laoCai2022Contributions[0]!)
 * t.cash // => 150000000n
 * t.inKind // => 0n
 * ```
 */
export const ofLine = (line: Contribution): Totals => {
  const acc = newAcc()
  addLine(acc, line)
  return freeze(acc)
}

/**
 * The monoid operation: totals of two disjoint sets of lines. Associative and commutative.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * const [a, b] = laoCai2022Contributions.map(Aggregate.ofLine)
 * const both = Aggregate.combine(a!, b!)
 * both.lines // => 2
 * Aggregate.combine(both, Aggregate.empty).value === both.value // => true
 * ```
 */
export const combine = (a: Totals, b: Totals): Totals => {
  const acc = newAcc()
  addTotals(acc, a)
  addTotals(acc, b)
  return freeze(acc)
}

/**
 * The quantity of an item in a unit within totals (zero when absent).
 *
 * @example
 * ```ts
 * import { Aggregate } from "@ntm/core/contributions"
 * import { Quantity } from "@ntm/core/money"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * const total = Aggregate.aggregate(laoCai2022Contributions, []).total
 * Quantity.format(Aggregate.quantityOf(total, "suat-qua", "package")) // => "3285"
 * Quantity.format(Aggregate.quantityOf(total, "suat-qua", "kg")) // => "0"
 * ```
 */
export const quantityOf = (t: Totals, item: string, unit: string): Q.Quantity =>
  t.quantities.get(item + SEP + unit)?.quantity ?? Q.zero

/**
 * A dimension to group by: a name and a key for each line. Any function of the line will do — e.g. the
 * district a commune belonged to on a date, or the post-2025 unit a commune was re-based onto through lineage.
 */
export interface Dimension {
  /** The dimension's name, e.g. `"commune"`. */
  readonly name: string
  /** The group a line belongs to along this dimension, e.g. its commune code. */
  readonly key: (line: Contribution) => string
}

/**
 * Builds a dimension from a key function, e.g. `dimension("district", (l) => districtOf(l.commune, l.date))`.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * const month = Aggregate.dimension("month", (l) => l.date.slice(0, 7))
 * const byMonth = Aggregate.aggregate(laoCai2022Contributions, [month])
 * byMonth.groups.get("2022-03")?.totals.lines // => 1
 * ```
 */
export const dimension = (name: string, key: (line: Contribution) => string): Dimension => ({ name, key })

/** Ready-made dimensions. */
export const dimensions = {
  year: dimension("year", (l) => l.date.slice(0, 4)),
  provider: dimension("provider", (l) => l.provider.id),
  providerKind: dimension("providerKind", (l) => l.provider.kind),
  commune: dimension("commune", (l) => l.commune),
  category: dimension("category", (l) => l.category),
  item: dimension("item", (l) => l.item),
  programme: dimension("programme", (l) => l.programme),
  status: dimension("status", (l) => l.status),
  basis: dimension("basis", (l) => l.valuation?.basis ?? "unvalued"),
  cashOrInKind: dimension("cashOrInKind", (l) => (l.category === "cash" ? "cash" : "in-kind")),
} as const

/** One group of an aggregation: its key (one part per dimension) and its totals. */
export interface Group {
  readonly key: ReadonlyArray<string>
  readonly totals: Totals
}

/** The result of an aggregation (tổng hợp): the groups, keyed by their joined key, and the grand total. */
export interface Aggregation {
  readonly dimensions: ReadonlyArray<string>
  readonly groups: ReadonlyMap<string, Group>
  readonly total: Totals
}

/** Which lines to count. */
export interface AggregateOptions {
  /**
   * Statuses counted. Default: `officialStatuses` of `lifecycle.ts` — only lines the receiving commune confirmed.
   * Pass other statuses to show pledged or declared-but-unconfirmed amounts — separately, never mixed in by default.
   */
  readonly statuses?: ReadonlyArray<Status>
}

/**
 * Joins key parts the way {@link Aggregation.groups} is keyed.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * const byCommuneAndItem = Aggregate.aggregate(laoCai2022Contributions, [Aggregate.dimensions.commune, Aggregate.dimensions.item])
 * byCommuneAndItem.groups.get(Aggregate.joinKey(["02794", "tien-mat"]))?.totals.value // => 150000000n
 * ```
 */
export const joinKey = (parts: ReadonlyArray<string>): string => parts.join(SEP)

/**
 * Totals by any combination of dimensions, in one pass over the lines (plain loop, Map keys, bigint sums).
 *
 * @example
 * ```ts
 * import { Aggregate } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * const byCategory = Aggregate.aggregate(laoCai2022Contributions, [Aggregate.dimensions.category])
 * // Official totals: confirmed lines only
 * byCategory.total.value // => 16493820000n
 * byCategory.groups.get("cash")?.totals.value // => 643730000n
 * ```
 */
export const aggregate = (
  lines: Iterable<Contribution>,
  dims: ReadonlyArray<Dimension>,
  options: AggregateOptions = {},
): Aggregation => {
  const statuses = new Set<Status>(options.statuses ?? officialStatuses)
  const n = dims.length
  // One Map level per dimension, the groups at the last level (in order of first appearance): the loop looks each
  // key part up as it is, building no joined key string per line.
  const root = new Map<string, unknown>()
  const order: Array<{ key: Array<string>; acc: Acc }> = []
  for (const line of lines) {
    if (!statuses.has(line.status)) continue
    let node = root
    let g: { key: Array<string>; acc: Acc } | undefined
    if (n === 0) g = order[0]
    else {
      for (let i = 0; i < n - 1; i++) {
        const part = dims[i]!.key(line)
        let next = node.get(part) as Map<string, unknown> | undefined
        if (next === undefined) {
          next = new Map()
          node.set(part, next)
        }
        node = next
      }
      g = node.get(dims[n - 1]!.key(line)) as { key: Array<string>; acc: Acc } | undefined
    }
    if (g === undefined) {
      g = { key: dims.map((d) => d.key(line)), acc: newAcc() }
      if (n > 0) node.set(g.key[n - 1]!, g)
      order.push(g)
    }
    addLine(g.acc, line)
  }
  // Groups are keyed by their joined key; parts that contain the separator could join alike, and then share a group.
  const accs = new Map<string, { key: Array<string>; acc: Acc }>()
  for (const g of order) {
    const k = joinKey(g.key)
    const same = accs.get(k)
    if (same === undefined) accs.set(k, g)
    else addTotals(same.acc, freeze(g.acc))
  }
  // The grand total is the monoid sum of the groups: each line is touched once.
  const total = newAcc()
  const groups = new Map<string, Group>()
  for (const [k, g] of accs) {
    const totals = freeze(g.acc)
    groups.set(k, { key: g.key, totals })
    addTotals(total, totals)
  }
  return { dimensions: dims.map((d) => d.name), groups, total: freeze(total) }
}

/** Totals per status, so official (confirmed, xác nhận), declared-but-unconfirmed (delivered, đã trao) and pledged (cam kết) amounts sit side by side. */
export interface StatusSummary {
  /** Confirmed by the receiving commune: the only figures for official totals. */
  readonly official: Totals
  /** Delivered as declared by the provider, not yet confirmed. */
  readonly declaredUnconfirmed: Totals
  readonly pledged: Totals
  readonly rejected: Totals
  readonly voided: Totals
}

/**
 * Official, declared-but-unconfirmed, pledged, rejected and voided totals, in one pass.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * const summary = Aggregate.statusSummary(laoCai2022Contributions)
 * summary.official.value // => 16493820000n
 * summary.pledged.lines // => 1
 * ```
 */
export const statusSummary = (lines: Iterable<Contribution>): StatusSummary => {
  const byStatus = aggregate(lines, [dimensions.status], {
    statuses: ["pledged", "delivered", "confirmed", "rejected", "voided"],
  })
  const get = (s: Status): Totals => byStatus.groups.get(s)?.totals ?? empty
  return {
    official: get("confirmed"),
    declaredUnconfirmed: get("delivered"),
    pledged: get("pledged"),
    rejected: get("rejected"),
    voided: get("voided"),
  }
}

/**
 * Quantity totals with every convertible unit folded into the item's base unit (e.g. kg into t), exactly.
 * Units the catalogue cannot convert stay as they are.
 *
 * @example
 * ```ts
 * import { Aggregate, Catalogue } from "@ntm/core/contributions"
 * import { Quantity } from "@ntm/core/money"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * // The demo's cement is one line in kg and the others in t: folded into t, it is 343 t
 * const total = Aggregate.aggregate(laoCai2022Contributions, []).total
 * const cement = Aggregate.inBaseUnits(total, Catalogue.standardCatalogue).find((q) => q.item === "xi-mang")
 * cement?.unit // => "t"
 * Quantity.format(cement!.quantity) // => "343"
 * ```
 */
export const inBaseUnits = (t: Totals, catalogue: Catalogue): Array<QuantityTotal> => {
  const out = new Map<string, QuantityTotal>()
  for (const q of t.quantities.values()) {
    const base = findItem(catalogue, q.item)?.baseUnit
    const converted = base === undefined ? undefined : convert(catalogue, q.item, q.quantity, q.unit, base)
    const unit = converted?.ok && base !== undefined ? base : q.unit
    const quantity = converted?.ok ? converted.value : q.quantity
    const key = q.item + SEP + unit
    const prev = out.get(key)
    out.set(key, { item: q.item, unit, quantity: prev === undefined ? quantity : Q.add(prev.quantity, quantity) })
  }
  return [...out.values()]
}
