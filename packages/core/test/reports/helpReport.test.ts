/** Acceptance: the 2022 demo ledger gives the article's figures in the help report, and its paragraph states them. */
import { describe, expect, it } from "vitest"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import { laoCai2022Article, laoCai2022Contributions, laoCai2022PriceList } from "../../src/demo/index.ts"
import * as Q from "../../src/money/Quantity.ts"
import { type HelpReportInput, helpReport } from "../../src/reports/help/helpReport.ts"
import { stated } from "../../src/reports/help/phrases.ts"
import { type Report, type Row, sheetById } from "../../src/reports/Table.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { laoCaiRegistry } from "../../src/units/data/laoCai.ts"

const input: HelpReportInput = {
  year: 2022,
  lines: laoCai2022Contributions,
  catalogue: standardCatalogue,
  priceLists: [laoCai2022PriceList],
  registry: laoCaiRegistry,
  rebaseTo: isoDate("2025-07-01"),
}
const exact = helpReport(input)
const article = helpReport({ ...input, roundDown: { "ngay-cong": 1000, "luot-kham": 100 } })
const vi = (r: Report) => r.paragraphs[0]!.vi
const en = (r: Report) => r.paragraphs[0]!.en

const rowWhere = (rows: ReadonlyArray<Row>, key: string, value: string) => rows.find((r) => r[key] === value)

describe("help report on the illustrative Lào Cai 2022 ledger", () => {
  it("states the article's figures in the Vietnamese paragraph, in the article's order", () => {
    const text = vi(article)
    const figures = [
      "16.493,82 triệu đồng",
      "643,73 triệu đồng tiền mặt",
      "hơn 2.000 ngày công",
      "343 tấn xi măng",
      "vật liệu sửa và làm nhà",
      "cho hơn 700 lượt người",
      "3.285 suất quà",
      "180 bộ bàn ghế",
      "1.980 đầu sách, vở, dụng cụ học tập",
      "2.687 bộ quần áo, chăn",
      "34 bộ máy tính",
      "và nhiều hiện vật có giá trị khác",
    ]
    let from = 0
    for (const f of figures) {
      const at = text.indexOf(f, from)
      expect(at, f).toBeGreaterThanOrEqual(from)
      from = at + f.length
    }
    expect(text).toContain(
      "với tổng giá trị quy ra tiền là 16.493,82 triệu đồng, trong đó 643,73 triệu đồng tiền mặt: hỗ trợ hơn 2.000 ngày công, 343 tấn xi măng",
    )
  })

  it("states quantities exactly unless asked to round down to a 'hơn N' form", () => {
    expect(vi(exact)).toContain("hỗ trợ 2.040 ngày công")
    expect(vi(exact)).toContain("cho 730 lượt người")
    expect(vi(exact)).not.toContain("hơn")
    expect(en(exact)).toContain("2,040 workdays")
    expect(en(article)).toContain("more than 2,000 workdays")
  })

  it("writes the English paragraph from the same exact totals", () => {
    const text = en(article)
    for (const f of [
      "16,493.82 million VND",
      "643.73 million VND in cash",
      "343 tonnes of cement",
      "3,285 gift packages",
      "180 sets of desks and chairs",
      "1,980 books, notebooks and school supplies",
      "2,687 sets of clothes and blankets",
      "34 computer sets",
      "more than 700 patient visits",
    ])
      expect(text).toContain(f)
  })

  it("keeps pledged and unconfirmed amounts out of the total and says so separately", () => {
    expect(vi(exact)).toContain(
      "Ngoài ra, 100,00 triệu đồng đã cam kết và 60,00 triệu đồng đã trao nhưng chưa được xã xác nhận, chưa tính vào tổng số trên.",
    )
    const summary = sheetById(exact, "summary").rows
    expect(summary[0]!.value).toBe(laoCai2022Article.totalValue)
    expect(summary[1]!.value).toBe(laoCai2022Article.cash)
    expect(summary.map((r) => r.value)).toEqual([
      16_493_820_000n,
      643_730_000n,
      15_850_090_000n,
      100_000_000n, // pledged: 200 gift packages
      60_000_000n, // awaiting confirmation: 5 computers
      15_000_000n, // rejected: 10 t cement
      120_500_000n, // voided duplicate
    ])
  })

  it("lists every quantity of the article on the items sheet, exactly and in base units", () => {
    const items = sheetById(exact, "items").rows
    const q = (item: string) => Q.format(rowWhere(items, "item", item)!.quantity as Q.Quantity)
    expect(q("xi-mang")).toBe(laoCai2022Article.cementTonnes) // one line was in kg
    expect(q("suat-qua")).toBe(laoCai2022Article.giftPackages)
    expect(q("bo-ban-ghe")).toBe(laoCai2022Article.deskSets)
    expect(q("sach-vo")).toBe(laoCai2022Article.booksAndSchoolItems)
    expect(q("quan-ao-chan")).toBe(laoCai2022Article.clothesAndBlanketSets)
    expect(q("may-tinh")).toBe(laoCai2022Article.computers)
    expect(q("ngay-cong")).toBe("2040")
    expect(q("luot-kham")).toBe("730")
  })

  it("rolls communes up to their 2022 districts and re-bases them onto the 2025 communes, nothing lost", () => {
    const districts = sheetById(exact, "by-district")
    expect(districts.rows.every((r) => r.note === null)).toBe(true) // every demo commune had a district in 2022
    expect(districts.rows.map((r) => r.name)).toContain("Huyện Bát Xát")
    const rebased = sheetById(exact, "rebased")
    const sum = rebased.rows.reduce((s, r) => s + (r.value as bigint), 0n)
    expect(sum).toBe(laoCai2022Article.totalValue)
    expect(rebased.title.vi).toContain("2025-07-01")
  })

  it("names the price list and every valuation basis in the method statement, with counts and values", () => {
    const method = exact.paragraphs[1]!.vi
    expect(method).toContain("theo bảng giá của tỉnh: 35 khoản, 6.690,45 triệu đồng")
    expect(method).toContain("tiền mặt theo mệnh giá: 4 khoản, 643,73 triệu đồng")
    expect(method).toContain("có đơn giá giả định")
    const bases = sheetById(exact, "method").rows
    expect(bases.reduce((s, r) => s + (r.value as bigint), 0n)).toBe(laoCai2022Article.totalValue)
  })

  it("reconciles declared against confirmed, showing the rejected and awaiting lines", () => {
    const rows = sheetById(exact, "reconciliation").rows
    const phaLong = rows.find((r) => r.provider === "hai-quan-lao-cai")!
    expect(phaLong.awaiting).toBe(1)
    expect(phaLong.difference).toBe(60_000_000n)
    const namChac = rows.find((r) => r.provider === "dap2-lao-cai")!
    expect(namChac.rejected).toBe(1)
    expect(namChac.difference).toBe(15_000_000n)
  })
})

describe("the 'hơn' rule", () => {
  it("says 'hơn N' only when N is below the exact quantity and above zero", () => {
    const s = (q: string, step?: number) => {
      const r = stated(Q.quantity(q), step)
      return `${r.moreThan ? "hơn " : ""}${Q.format(r.shown)}`
    }
    expect(s("2040", 1000)).toBe("hơn 2000")
    expect(s("2000", 1000)).toBe("2000")
    expect(s("40", 1000)).toBe("40")
    expect(s("730", 100)).toBe("hơn 700")
    expect(s("700.5", 100)).toBe("hơn 700")
    expect(s("2040")).toBe("2040")
  })
})
