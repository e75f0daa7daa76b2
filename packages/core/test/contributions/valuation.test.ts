/** Valuation: price in force on the date, labour rates by kind of work, linearity, idempotence, unit conversions. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Contribution } from "../../src/contributions/Contribution.ts"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import { convert } from "../../src/contributions/conversion.ts"
import { checkPriceList, type PriceList } from "../../src/contributions/priceList.ts"
import { isFarFrom, priceAt, revalue, type ValuationContext } from "../../src/contributions/valuation.ts"
import { demoZoneOf, laoCai2022Contributions, laoCai2022PriceList } from "../../src/demo/index.ts"
import * as Q from "../../src/money/Quantity.ts"
import { vnd } from "../../src/money/Vnd.ts"
import { type IsoDate, isoDate } from "../../src/shared/IsoDate.ts"
import { quantityArb } from "./arbitraries.ts"

const list: PriceList = {
  ...laoCai2022PriceList,
  entries: [
    ...laoCai2022PriceList.entries,
    { item: "xi-mang", unit: "t", unitValue: vnd(1_600_000), validFrom: isoDate("2023-01-01"), source: "test" },
    {
      item: "ngay-cong",
      unit: "day",
      workKind: "skilled",
      unitValue: vnd(300_000),
      validFrom: isoDate("2022-01-01"),
      source: "test",
    },
  ],
}
const ctx: ValuationContext = {
  catalogue: standardCatalogue,
  priceList: list,
  rounding: "half-up",
  tolerancePercent: 20,
  zoneOf: demoZoneOf,
}
const cement = laoCai2022Contributions[10]! // 50 t, Tả Thàng, 2022-04-05
const workday = laoCai2022Contributions[4]! // 600 days, Y Tý (Vùng IV)
const unvalued = (l: Contribution): Contribution => {
  const { valuation: _v, value: _x, ...rest } = l
  return rest
}

describe("priceAt", () => {
  it("uses the price in force on the line's date", () => {
    const at = (d: string) => {
      const r = priceAt(list, { item: "xi-mang", date: isoDate(d) })
      return r.ok ? r.value.unitValue : undefined
    }
    expect(at("2022-12-31")).toBe(1_500_000n)
    expect(at("2023-01-01")).toBe(1_600_000n)
    expect(at("2021-12-31")).toBeUndefined()
  })

  it("values workdays at the rate for the kind of work and the commune's zone", () => {
    const q = (workKind: string, zone: string) => {
      const r = priceAt(list, { item: "ngay-cong", date: isoDate("2022-06-01"), workKind, zone })
      return r.ok ? r.value.unitValue : r.problems[0]!.rule
    }
    expect(q("unskilled", "vung-IV")).toBe(150_000n)
    expect(q("unskilled", "vung-II")).toBe(180_000n)
    expect(q("skilled", "vung-IV")).toBe(300_000n)
    expect(q("unskilled", "vung-III")).toBe("valuation.no-price") // no demo default for Vùng III: absent, not guessed
    const twice: PriceList = { ...list, entries: [...list.entries, list.entries[2]!] }
    const r = priceAt(twice, { item: "xi-mang", date: isoDate("2022-06-01") })
    expect(r.ok ? "" : r.problems[0]!.rule).toBe("valuation.ambiguous-price")
  })
})

describe("revalue", () => {
  it("values an unvalued line from the price list, converting units (kg priced per t)", () => {
    const kg = { ...unvalued(cement), quantity: Q.quantity("2500"), unit: "kg" }
    const r = revalue(kg, ctx)
    expect(r.problems).toEqual([])
    expect(r.line.value).toBe(3_750_000n)
    expect(r.line.valuation).toEqual({ basis: "price-list", unitValue: 1_500_000n, unit: "t", priceListId: list.id })
    expect(revalue(unvalued(workday), ctx).line.value).toBe(90_000_000n)
  })

  it("is linear in quantity", () => {
    fc.assert(
      fc.property(quantityArb, quantityArb, fc.bigInt({ min: 1n, max: 1_000n }), (a, b, k) => {
        const v = (q: Q.Quantity) => revalue({ ...unvalued(cement), quantity: q }, ctx).line.value!
        // exact whenever the products are whole đồng (the price is a multiple of 1,000 and quantities have ≤ 3 decimals)
        expect(v(Q.add(a, b))).toBe(v(a) + v(b))
        expect(v(Q.multiply(a, Q.quantity(k)))).toBe(v(a) * k)
      }),
    )
  })

  it("rounds a fractional product once, half-up, and stays within 1 đồng of additive", () => {
    const odd: ValuationContext = {
      ...ctx,
      priceList: { ...list, entries: [{ ...list.entries[2]!, unitValue: vnd(1_500_001) }] },
    }
    const v = (q: string) => revalue({ ...unvalued(cement), quantity: Q.quantity(q) }, odd).line.value!
    expect(v("0.5")).toBe(750_001n) // 750,000.5 → 750,001
    fc.assert(
      fc.property(quantityArb, quantityArb, (a, b) => {
        const d =
          revalue({ ...unvalued(cement), quantity: Q.add(a, b) }, odd).line.value! -
          (revalue({ ...unvalued(cement), quantity: a }, odd).line.value! +
            revalue({ ...unvalued(cement), quantity: b }, odd).line.value!)
        expect(d >= -1n && d <= 1n).toBe(true)
      }),
    )
  })

  it("is idempotent: re-valuing with the same price list changes nothing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...laoCai2022Contributions),
        quantityArb,
        fc.constantFrom("2022-03-01", "2022-12-31", "2023-02-01"),
        (line, q, date) => {
          const once = revalue({ ...unvalued(line), quantity: q, date: date as IsoDate }, ctx)
          const twice = revalue(once.line, ctx)
          expect(twice.line).toEqual(once.line)
          expect(twice.problems).toEqual(once.problems)
        },
      ),
    )
  })

  it("flags a declared or invoiced value far from the price list, with a configurable tolerance", () => {
    const declared = { ...cement, declaredValue: vnd(95_000_000) } // 75,000,000 at the list price: +26.7%
    expect(revalue(declared, ctx).problems.map((p) => `${p.severity} ${p.path.join(".")} ${p.rule}`)).toEqual([
      "warning declaredValue valuation.far-from-price-list",
    ])
    expect(revalue(declared, { ...ctx, tolerancePercent: 30 }).problems).toEqual([])
    const invoiced = { ...cement, valuation: { basis: "invoice" as const, unitValue: vnd(1_000_000) } }
    const r = revalue(invoiced, ctx)
    expect(r.line.value).toBe(50_000_000n) // the invoice is kept, not replaced
    expect(r.problems.map((p) => p.rule)).toEqual(["valuation.far-from-price-list"])
    expect(isFarFrom(120n, 100n, 20)).toBe(false)
    expect(isFarFrom(121n, 100n, 20)).toBe(true)
    expect(isFarFrom(79n, 100n, 20)).toBe(true)
  })
})

describe("unit conversion", () => {
  it("converts kg ↔ t exactly and refuses what the catalogue does not allow", () => {
    const t = convert(standardCatalogue, "xi-mang", Q.quantity("33000"), "kg", "t")
    expect(t.ok && Q.format(t.value)).toBe("33")
    const kg = convert(standardCatalogue, "xi-mang", Q.quantity("2.5"), "t", "kg")
    expect(kg.ok && Q.format(kg.value)).toBe("2500")
    const bad = convert(standardCatalogue, "suat-qua", Q.quantity("1"), "package", "kg")
    expect(bad.ok ? [] : bad.problems.map((p) => p.rule)).toEqual(["catalogue.unit.no-conversion"])
    const unknown = convert(standardCatalogue, "xi-mang", Q.quantity("1"), "bao", "t")
    expect(unknown.ok ? [] : unknown.problems.map((p) => p.rule)).toEqual(["catalogue.unit.unknown"])
  })

  it("kg → t → kg is the identity", () => {
    fc.assert(
      fc.property(quantityArb, (q) => {
        const t = convert(standardCatalogue, "xi-mang", q, "kg", "t")
        if (!t.ok) throw new Error("conversion failed")
        const back = convert(standardCatalogue, "xi-mang", t.value, "t", "kg")
        expect(back.ok && Q.equals(back.value, q)).toBe(true)
      }),
    )
  })
})

describe("checkPriceList", () => {
  it("accepts the demo list and names overlaps and empty ranges", () => {
    expect(checkPriceList(laoCai2022PriceList)).toEqual([])
    expect(checkPriceList(list)).toEqual([])
    const bad: PriceList = {
      ...list,
      entries: [
        ...list.entries,
        { ...list.entries[2]!, validFrom: isoDate("2022-12-01"), validTo: isoDate("2023-02-01") },
        { ...list.entries[3]!, validFrom: isoDate("2024-01-01"), validTo: isoDate("2024-01-01") },
      ],
    }
    expect(checkPriceList(bad).map((p) => `${p.path.join(".")} ${p.rule}`)).toEqual([
      "entries.12 price-list.overlap",
      "entries.12 price-list.overlap",
      "entries.13.validTo price-list.empty-range",
    ])
  })
})
