/** Acceptance: the illustrative 2022 Lào Cai ledger reproduces the article's figures exactly. */
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  aggregate,
  dimension,
  dimensions,
  inBaseUnits,
  quantityOf,
  statusSummary,
} from "../../src/contributions/aggregate.ts"
import { Contribution } from "../../src/contributions/Contribution.ts"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import { reconcile } from "../../src/contributions/reconciliation.ts"
import { check } from "../../src/contributions/validation.ts"
import { revalue, type ValuationContext } from "../../src/contributions/valuation.ts"
import {
  demoUnits,
  demoZoneOf,
  laoCai2022Article,
  laoCai2022Contributions,
  laoCai2022PriceList,
} from "../../src/demo/index.ts"
import { format } from "../../src/money/format.ts"
import * as Q from "../../src/money/Quantity.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { laoCaiRegistry } from "../../src/units/data/laoCai.ts"
import { ancestorAt, successorsAt } from "../../src/units/Registry.ts"

const lines = laoCai2022Contributions
const official = aggregate(lines, []).total
const ctx: ValuationContext = {
  catalogue: standardCatalogue,
  priceList: laoCai2022PriceList,
  rounding: "half-up",
  tolerancePercent: 20, // illustrative policy for the demo
  zoneOf: demoZoneOf,
}
const qty = (item: string, unit: string) => Q.format(quantityOf(official, item, unit))
const base = (item: string) => {
  const q = inBaseUnits(official, standardCatalogue).find((x) => x.item === item)
  return q === undefined ? "0" : `${Q.format(q.quantity)} ${q.unit}`
}

describe("Lào Cai 2022 fixture (illustrative split, the article's totals)", () => {
  it("totals exactly 16.493,82 triệu đồng, of which 643,73 triệu đồng cash", () => {
    expect(official.value).toBe(laoCai2022Article.totalValue)
    expect(official.cash).toBe(laoCai2022Article.cash)
    expect(official.inKind).toBe(laoCai2022Article.totalValue - laoCai2022Article.cash)
    expect(format(official.value, { language: "vi", scale: "million", decimals: 2 })).toBe("16.493,82 triệu đồng")
    expect(format(official.cash, { language: "vi", scale: "million", decimals: 2 })).toBe("643,73 triệu đồng")
    expect(format(official.value, { language: "en", scale: "million", decimals: 2 })).toBe("16,493.82 million VND")
  })

  it("reproduces every quantity of the article", () => {
    expect(base("xi-mang")).toBe(`${laoCai2022Article.cementTonnes} t`)
    expect(qty("xi-mang", "kg")).toBe("33000") // one line was recorded in kg, folded into t above
    expect(qty("suat-qua", "package")).toBe(laoCai2022Article.giftPackages)
    expect(qty("bo-ban-ghe", "set")).toBe(laoCai2022Article.deskSets)
    expect(qty("sach-vo", "item")).toBe(laoCai2022Article.booksAndSchoolItems)
    expect(qty("quan-ao-chan", "set")).toBe(laoCai2022Article.clothesAndBlanketSets)
    expect(qty("may-tinh", "unit")).toBe(laoCai2022Article.computers)
    const workdays = quantityOf(official, "ngay-cong", "day")
    const checkUps = quantityOf(official, "luot-kham", "visit")
    expect(Q.format(workdays)).toBe("2040") // illustrative for "hơn 2.000"
    expect(Q.format(checkUps)).toBe("730") // illustrative for "hơn 700"
    expect(Number(Q.format(workdays)) > Number(laoCai2022Article.workdays.atLeastExclusive)).toBe(true)
    expect(Number(Q.format(checkUps)) > Number(laoCai2022Article.checkUps.atLeastExclusive)).toBe(true)
  })

  it("keeps pledged, unconfirmed, rejected and voided lines out of the official totals, and shows them apart", () => {
    const s = statusSummary(lines)
    expect(s.official.value).toBe(laoCai2022Article.totalValue)
    expect(s.pledged.lines).toBe(1)
    expect(s.pledged.value).toBe(100_000_000n)
    expect(s.declaredUnconfirmed.lines).toBe(1)
    expect(s.declaredUnconfirmed.value).toBe(60_000_000n)
    expect(s.rejected.lines).toBe(1)
    expect(s.voided.lines).toBe(1)
    expect(s.voided.cash).toBe(120_500_000n)
  })

  it("every line is valid: no error, and the only warning is nothing", () => {
    for (const line of lines)
      expect(check(line, { catalogue: standardCatalogue, units: demoUnits, rounding: "half-up" })).toEqual([])
  })

  it("re-valuing with the demo price list changes nothing, and flags the one far-off declared value", () => {
    const flagged: Array<string> = []
    for (const line of lines) {
      const r = revalue(line, ctx)
      expect(r.problems.filter((p) => p.severity === "error")).toEqual([])
      expect(r.line).toEqual(line)
      if (r.problems.length > 0) flagged.push(`${line.id}:${r.problems.map((p) => p.rule).join(",")}`)
    }
    expect(flagged).toEqual(["demo-2022-023:valuation.far-from-price-list"])
  })

  it("round-trips through JSON with amounts and quantities as decimal strings", () => {
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(Schema.Array(Contribution))(lines)))
    expect(json[15].quantity).toBe("33000")
    expect(json[13].quantity).toBe("57.5")
    expect(json[0].value).toBe("150000000")
    const back = Schema.decodeUnknownSync(Schema.Array(Contribution))(json)
    expect(aggregate(back, []).total.value).toBe(laoCai2022Article.totalValue)
  })

  it("rolls up by district and re-bases onto post-2025 units with the same grand total", () => {
    const district = dimension(
      "district",
      (l) => ancestorAt(laoCaiRegistry, l.commune, l.date, "district")?.code ?? "?",
    )
    const successor = dimension(
      "unit2025",
      (l) => successorsAt(laoCaiRegistry, l.commune, l.date, isoDate("2025-07-01")).map((u) => u.code)[0] ?? "?",
    )
    const byDistrict = aggregate(lines, [district, dimensions.category])
    const byNewUnit = aggregate(lines, [successor])
    expect(byDistrict.groups.has(["?", "cash"].join("\u001f"))).toBe(false)
    const sum = (g: typeof byNewUnit) => [...g.groups.values()].reduce((s, x) => s + x.totals.value, 0n)
    expect(sum(byDistrict)).toBe(laoCai2022Article.totalValue)
    expect(sum(byNewUnit)).toBe(laoCai2022Article.totalValue)
    // Tả Thàng (02794) was re-based onto Xã Cao Sơn (02782)
    expect(byNewUnit.groups.get("02782")?.totals.value).toBe(
      aggregate(lines, [dimensions.commune]).groups.get("02794")?.totals.value,
    )
  })

  it("reconciles each provider's declarations with each commune's confirmations", () => {
    const rows = reconcile(lines)
    const lpb = rows.find((r) => r.providerId === "lpb-lao-cai")!
    expect(lpb).toMatchObject({
      commune: "02794",
      declared: 269_500_000n,
      confirmed: 192_500_000n,
      difference: 77_000_000n,
      state: "differs",
    })
    const customs = rows.find((r) => r.providerId === "hai-quan-lao-cai")!
    expect(customs.state).toBe("awaiting")
    expect(customs.awaitingConfirmation).toBe(1)
    const dap = rows.find((r) => r.providerId === "dap2-lao-cai")!
    expect(dap).toMatchObject({ rejected: 1, difference: 15_000_000n, state: "differs" })
    expect(rows.find((r) => r.providerId === "sbv-lao-cai")?.state).toBe("agreed")
    // confirmed sides add up to the official total
    expect(rows.reduce((s, r) => s + r.confirmed, 0n)).toBe(laoCai2022Article.totalValue)
  })
})
