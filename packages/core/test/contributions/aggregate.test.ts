/** Aggregation is a commutative monoid: order, grouping and partition never change the totals. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  aggregate,
  combine,
  dimension,
  dimensions,
  empty,
  ofLine,
  quantityOf,
  statusSummary,
  type Totals,
} from "../../src/contributions/aggregate.ts"
import type { Contribution } from "../../src/contributions/Contribution.ts"
import * as Q from "../../src/money/Quantity.ts"
import { addDigits } from "../decimalOracle.ts"
import { lineArb, statuses } from "./arbitraries.ts"

const all = { statuses }
const allDims = Object.values(dimensions)

/** Totals compared by value: quantities as normalized decimal strings. */
const view = (t: Totals) => ({
  lines: t.lines,
  value: t.value,
  cash: t.cash,
  inKind: t.inKind,
  unvalued: t.unvalued,
  quantities: Object.fromEntries(
    [...t.quantities].map(([k, q]) => [k, Q.format(q.quantity)]).sort(([a], [b]) => (a! < b! ? -1 : 1)),
  ),
})

const sumGroups = (groups: Iterable<{ totals: Totals }>): Totals => {
  let acc = empty
  for (const g of groups) acc = combine(acc, g.totals)
  return acc
}

const lines = fc.array(lineArb(), { maxLength: 60 })
const dimsArb = fc.subarray(allDims)

describe("Totals monoid", () => {
  it("combine is associative and commutative, with empty as identity", () => {
    fc.assert(
      fc.property(lineArb(), lineArb(), lineArb(), (a, b, c) => {
        const [ta, tb, tc] = [ofLine(a), ofLine(b), ofLine(c)]
        expect(view(combine(ta, tb))).toEqual(view(combine(tb, ta)))
        expect(view(combine(combine(ta, tb), tc))).toEqual(view(combine(ta, combine(tb, tc))))
        expect(view(combine(ta, empty))).toEqual(view(ta))
      }),
    )
  })

  it("aggregating equals folding ofLine with combine", () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const folded = ls.map(ofLine).reduce(combine, empty)
        expect(view(aggregate(ls, [], all).total)).toEqual(view(folded))
      }),
    )
  })
})

describe("aggregate", () => {
  it("is order-independent", () => {
    fc.assert(
      fc.property(lines, dimsArb, fc.infiniteStream(fc.nat()), (ls, dims, seeds) => {
        const shuffled = ls
          .map((l) => [seeds.next().value as number, l] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, l]) => l)
        const a = aggregate(ls, dims, all)
        const b = aggregate(shuffled, dims, all)
        expect(view(b.total)).toEqual(view(a.total))
        expect(new Set(b.groups.keys())).toEqual(new Set(a.groups.keys()))
        for (const [k, g] of a.groups) expect(view(b.groups.get(k)!.totals)).toEqual(view(g.totals))
      }),
    )
  })

  it("is partition-invariant: the groups of any grouping sum to the grand total", () => {
    fc.assert(
      fc.property(lines, dimsArb, (ls, dims) => {
        const agg = aggregate(ls, dims, all)
        expect(view(sumGroups(agg.groups.values()))).toEqual(view(agg.total))
        expect(view(agg.total)).toEqual(view(aggregate(ls, [], all).total))
      }),
    )
  })

  it("splits cash + in-kind = total in every group", () => {
    fc.assert(
      fc.property(lines, dimsArb, (ls, dims) => {
        const agg = aggregate(ls, dims, all)
        for (const g of [...agg.groups.values(), { totals: agg.total }])
          expect(g.totals.cash + g.totals.inKind).toBe(g.totals.value)
        const cash = ls.filter((l) => l.category === "cash").reduce((s, l) => s + (l.value ?? 0n), 0n)
        expect(agg.total.cash).toBe(cash)
      }),
    )
  })

  it("official totals count confirmed lines only, never pledged, delivered, rejected or voided", () => {
    fc.assert(
      fc.property(lines, dimsArb, (ls, dims) => {
        const official = aggregate(ls, dims)
        const confirmed = ls.filter((l) => l.status === "confirmed")
        expect(official.total.lines).toBe(confirmed.length)
        expect(official.total.value).toBe(confirmed.reduce((s, l) => s + (l.value ?? 0n), 0n))
        // adding any number of non-confirmed lines changes nothing
        const more: Array<Contribution> = ls.map((l, i) => ({
          ...l,
          id: `x${i}`,
          status: l.status === "confirmed" ? "pledged" : l.status,
        }))
        expect(view(aggregate([...ls, ...more], dims).total)).toEqual(view(official.total))
        const summary = statusSummary(ls)
        expect(view(summary.official)).toEqual(view(official.total))
        expect(summary.pledged.lines).toBe(ls.filter((l) => l.status === "pledged").length)
        expect(summary.declaredUnconfirmed.lines).toBe(ls.filter((l) => l.status === "delivered").length)
      }),
    )
  })

  it("loses no precision on totals up to 10^16 đồng", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb(10n ** 16n / 1_000n, fc.constant("confirmed")), { minLength: 1, maxLength: 1_000 }),
        (ls) => {
          const total = aggregate(ls, [dimensions.commune]).total.value
          const oracle = ls.reduce((s, l) => addDigits(s, (l.value ?? 0n).toString()), "0")
          expect(total.toString()).toBe(oracle)
          expect(total <= 10n ** 16n).toBe(true)
        },
      ),
      { numRuns: 30 },
    )
  })

  it("groups by a caller-supplied parent key (e.g. district or post-2025 unit)", () => {
    const parent = new Map([
      ["02794", "083"],
      ["02842", "085"],
      ["02800", "084"],
      ["02677", "080"],
      ["02689", "082"],
    ])
    fc.assert(
      fc.property(lines, (ls) => {
        const byDistrict = aggregate(
          ls,
          [dimension("district", (l) => parent.get(l.commune) ?? "?"), dimensions.category],
          all,
        )
        const byCommune = aggregate(ls, [dimensions.commune, dimensions.category], all)
        for (const g of byDistrict.groups.values()) {
          const parts = [...byCommune.groups.values()].filter(
            (c) => parent.get(c.key[0]!) === g.key[0] && c.key[1] === g.key[1],
          )
          expect(view(sumGroups(parts))).toEqual(view(g.totals))
        }
      }),
    )
  })

  it("key parts that join alike (a part holding the separator) share one group, as their joined key says", () => {
    // "a␟b" + "c" and "a" + "b␟c" both join to "a␟b␟c".
    const first = dimension("first", (l) => (l.category === "cash" ? "a\u001fb" : "a"))
    const second = dimension("second", (l) => (l.category === "cash" ? "c" : "b\u001fc"))
    fc.assert(
      fc.property(lines, (ls) => {
        const a = aggregate(ls, [first, second], all)
        const counted = ls.filter((l) => statuses.includes(l.status))
        expect([...a.groups.keys()]).toEqual(counted.length === 0 ? [] : ["a\u001fb\u001fc"])
        for (const g of a.groups.values()) expect(view(g.totals)).toEqual(view(aggregate(ls, [], all).total))
        expect(view(a.total)).toEqual(view(aggregate(ls, [], all).total))
      }),
    )
  })

  it("keeps quantity totals per item and unit, exactly", () => {
    const [a, b] = fc.sample(lineArb(10n ** 9n, fc.constant("confirmed")), 2)
    const x = {
      ...a!,
      item: "xi-mang",
      category: "construction-material" as const,
      unit: "t",
      quantity: Q.quantity("2.5"),
    }
    const y = {
      ...b!,
      item: "xi-mang",
      category: "construction-material" as const,
      unit: "t",
      quantity: Q.quantity("0.5"),
    }
    expect(Q.format(quantityOf(aggregate([x, y], []).total, "xi-mang", "t"))).toBe("3")
  })
})
