/** The made-up province end to end: its units, its price list and its ledger, through the public @ntm/core API. */
import { IsoDate, Problem } from "@ntm/core"
import { VndFormat } from "@ntm/core/money"
import * as Units from "@ntm/core/units"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import contributionsJson from "../data/contributions.json" with { type: "json" }
import unitsJson from "../data/units.json" with { type: "json" }
import { loadPriceList, loadUnits, onCommunesOf, valueLedger } from "../src/index.ts"

const d = IsoDate.isoDate

const units = loadUnits()
const prices = loadPriceList()
if (!units.ok) throw new Error(units.problems.map(Problem.formatProblem).join("\n"))
if (!prices.ok) throw new Error(prices.problems.map(Problem.formatProblem).join("\n"))
const registry = units.value
const ledger = valueLedger(registry, prices.value)

describe("Tỉnh Ví Dụ: administrative units", () => {
  it("loads with no problem, and the 2025 merge is followed", () => {
    expect(units.warnings).toEqual([])
    expect(Units.unitAt(registry, "99901", d("2022-06-01"))?.name).toBe("Xã Đồi Mẫu")
    expect(Units.exists(registry, "99901", d("2025-07-01"))).toBe(false)
    expect(Units.successorsAt(registry, "99901", d("2022-06-01"), d("2025-07-01")).map((u) => u.name)).toEqual([
      "Xã Hợp Mẫu",
    ])
    expect(Units.ancestorAt(registry, "99903", d("2022-06-01"), "district")?.name).toBe("Huyện Mẫu")
  })

  it("uses no code of the real Lào Cai dataset shipped with @ntm/core", () => {
    const real = new Set<string>(Units.laoCaiDataset.units.map((u) => u.code))
    expect(unitsJson.units.map((u) => u.code).filter((code) => real.has(code))).toEqual([])
  })

  it("refuses a broken dataset with every problem, not the first", () => {
    const broken = { ...unitsJson, units: unitsJson.units.map((u) => ({ ...u, parent: "98" })) }
    const r = loadUnits(broken)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.filter((p) => p.severity === "error").length).toBeGreaterThan(1)
  })
})

describe("Tỉnh Ví Dụ: price list and contributions", () => {
  it("every price of the made-up list is marked as an assumption", () => {
    expect(prices.value.entries.every((e) => e.assumption === true)).toBe(true)
  })

  it("values each line with the province's own prices and totals confirmed lines only", () => {
    expect(ledger.lines.map((l) => [l.id, l.value])).toEqual([
      ["vidu-2022-0001", 50_000_000n], // cash at face value
      ["vidu-2022-0002", 12_500_000n], // 12,500 kg = 12.5 t × 1,000,000 đồng/t
      ["vidu-2022-0003", 3_000_000n], // 30 workdays × 100,000 đồng (unskilled)
      ["vidu-2022-0004", 8_000_000n], // 20 gift packages × 400,000 đồng — pledged only
    ])
    expect(ledger.byCommune.total.value).toBe(65_500_000n)
    expect(ledger.byCommune.total.cash).toBe(50_000_000n)
    expect(ledger.byCommune.total.inKind).toBe(15_500_000n)
    expect(VndFormat.format(ledger.byCommune.total.value, { language: "vi", scale: "million", decimals: 1 })).toBe(
      "65,5 triệu đồng",
    )
  })

  it("flags the declared cement value that is far from the price list, without changing the value", () => {
    expect(ledger.problems.map((p) => [p.line, p.problem.severity, p.problem.rule])).toEqual([
      ["vidu-2022-0002", "warning", "valuation.far-from-price-list"],
    ])
  })

  it("refuses a line for a commune that no longer exists on its date", () => {
    const late = {
      ...contributionsJson[0],
      id: "vidu-2025-late",
      date: "2025-08-01",
      status: "delivered",
      history: [{ status: "delivered", date: "2025-08-01", by: { kind: "provider", id: "so-mau" } }],
    }
    const r = valueLedger(registry, prices.value, [late])
    expect(r.lines).toEqual([])
    expect(r.problems.map((p) => p.problem.rule)).toContain("contribution.commune.not-existing-on-date")
  })

  it("shows 2022's money on the communes of 1 July 2025: Đồi Mẫu and Suối Mẫu fed Hợp Mẫu", () => {
    const placed = onCommunesOf(registry, ledger, d("2022-12-31"), d("2025-07-01"))
    expect(placed.unplaced).toEqual([])
    expect(new Map(placed.totals)).toEqual(
      new Map([
        ["99904", 62_500_000n],
        ["99903", 3_000_000n],
      ]),
    )
  })

  it("re-basing onto 2025 communes keeps the grand total, whatever the amounts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("99901", "99902", "99903"), fc.bigInt({ min: 0n, max: 10n ** 15n }))),
        (figures) => {
          const placed = Units.rebase(registry, figures, d("2022-12-31"), d("2025-07-01"), Units.bigintFigure)
          const sum = (xs: Iterable<bigint>) => [...xs].reduce((a, b) => a + b, 0n)
          expect(placed.unplaced).toEqual([])
          expect(sum(placed.totals.values())).toBe(sum(figures.map(([, v]) => v)))
        },
      ),
    )
  })
})
