/** CSV (RFC 4180, UTF-8 BOM), JSON and the spreadsheet cell rule, on the demo help report and on generated cells. */
import { BigDecimal } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import { laoCai2022Contributions, laoCai2022PriceList } from "../../src/demo/index.ts"
import type { Vnd } from "../../src/money/Vnd.ts"
import { helpReport } from "../../src/reports/help/helpReport.ts"
import { ratioOfNumber } from "../../src/reports/numberText.ts"
import { BOM, csvText, field, guardFormula, toCsv, toCsvFiles } from "../../src/reports/render/csv.ts"
import { toJson } from "../../src/reports/render/json.ts"
import { EXCEL_DIGITS, spreadsheetValue, worksheetNames } from "../../src/reports/render/spreadsheet.ts"
import { column, ratio, sheetById } from "../../src/reports/Table.ts"
import { laoCaiRegistry } from "../../src/units/data/laoCai.ts"

const report = helpReport({
  year: 2022,
  lines: laoCai2022Contributions,
  catalogue: standardCatalogue,
  priceLists: [laoCai2022PriceList],
  registry: laoCaiRegistry,
})

/** A small RFC 4180 reader, to read back what the writer wrote. */
const parseCsv = (text: string): Array<Array<string>> => {
  const records: Array<Array<string>> = []
  let record: Array<string> = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      record.push(cell)
      cell = ""
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(cell)
      records.push(record)
      record = []
      cell = ""
      i++
    } else cell += ch
  }
  if (cell !== "" || record.length > 0) throw new Error("CSV does not end with CRLF")
  return records
}

describe("CSV", () => {
  it("starts with the UTF-8 BOM and reads back: Vietnamese headers, exact money, totals last", () => {
    const sheet = sheetById(report, "by-provider")
    const bytes = toCsv(sheet, { language: "vi" })
    expect([...bytes.slice(0, 3)]).toEqual([...BOM])
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes)
    const records = parseCsv(text)
    expect(records[0]).toEqual([
      "Mã đơn vị",
      "Cơ quan, đơn vị, doanh nghiệp",
      "Loại",
      "Số khoản",
      "Tổng giá trị quy ra tiền (đồng)",
      "Tiền mặt (đồng)",
      "Hiện vật, ngày công quy ra tiền (đồng)",
    ])
    expect(records).toHaveLength(1 + sheet.rows.length + sheet.totals.length)
    expect(records.at(-1)!.slice(0, 5)).toEqual(["", "Tổng cộng", "", "52", "16493820000"])
    expect(records[1]![2]).toBe("Doanh nghiệp")
    expect(text).toContain('"Cơ quan, đơn vị, doanh nghiệp"') // a header with commas is quoted
  })

  it("writes English headers and labels on request, and can leave out the BOM", () => {
    const bytes = toCsv(sheetById(report, "summary"), { language: "en", bom: false })
    expect(bytes[0]).toBe("I".charCodeAt(0))
    const records = parseCsv(new TextDecoder().decode(bytes))
    expect(records[0]).toEqual(["Indicator", "Lines", "Value (VND)"])
    expect(records[1]).toEqual(["Total value (confirmed)", "52", "16493820000"])
  })

  it("writes quantities exactly with a dot decimal", () => {
    const records = parseCsv(csvText(sheetById(report, "items"), { language: "vi" }))
    expect(records.find((r) => r[0] === "xi-mang")![3]).toBe("343")
    expect(records.find((r) => r[0] === "tien-mat")![3]).toBe("643730000")
  })

  it("gives one file per sheet", () => {
    expect(toCsvFiles(report, { language: "vi" }).map((f) => f.name)).toEqual(
      report.sheets.map((s) => `help-2022-${s.id}.csv`),
    )
  })

  it("quotes any field so that it reads back unchanged (RFC 4180)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          const width = rows[0]!.length
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""))
          const text = table.map((r) => `${r.map(field).join(",")}\r\n`).join("")
          expect(parseCsv(text)).toEqual(table)
        },
      ),
    )
  })
})

describe("CSV formula guard", () => {
  const sheet = {
    id: "t",
    name: { vi: "T", en: "T" },
    title: { vi: "T", en: "T" },
    columns: [column("name", "text", "Tên", "Name"), column("difference", "money", "Chênh lệch", "Difference")],
    rows: [{ name: '=HYPERLINK("http://x","y")', difference: -25_000n as Vnd }],
    totals: [],
    notes: [],
  }
  it("prefixes text that Excel would run as a formula, and leaves numbers alone", () => {
    const records = parseCsv(csvText(sheet, { language: "vi" }))
    expect(records[1]).toEqual(['\'=HYPERLINK("http://x","y")', "-25000"])
    expect(parseCsv(csvText(sheet, { language: "vi", formulaGuard: false }))[1]![0]).toBe('=HYPERLINK("http://x","y")')
  })
  it("never lets a guarded text start a formula, and changes nothing else", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const g = guardFormula(s)
        expect(/^[=+\-@\t\r]/u.test(g)).toBe(false)
        expect(g === s || g === `'${s}`).toBe(true)
      }),
    )
  })
})

describe("JSON", () => {
  it("writes money and quantities as exact decimal strings and keeps both languages", () => {
    const json = toJson(report)
    const text = JSON.stringify(json)
    const summary = json.sheets.find((s) => s.id === "summary")!
    expect(summary.rows[0]).toEqual({
      indicator: { vi: "Tổng giá trị quy ra tiền (đã xác nhận)", en: "Total value (confirmed)" },
      lines: 52,
      value: "16493820000",
    })
    const items = json.sheets.find((s) => s.id === "items")!
    expect(items.rows.find((r) => r.item === "xi-mang")!.quantity).toBe("343")
    expect(JSON.parse(text)).toEqual(json)
  })
})

describe("spreadsheet cell rule", () => {
  const money = column("v", "money", "Giá trị", "Value")
  it("stores money as a number while Excel can hold it exactly, as text with a note beyond", () => {
    expect(spreadsheetValue(55_171_665_160_168_900n as Vnd, money, "vi").type).toBe("text") // 15 digits, not a double
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (v) => {
        const cell = spreadsheetValue(v as Vnd, money, "vi")
        const digits = (v < 0n ? -v : v).toString().replace(/0+$/u, "").length
        if (digits <= EXCEL_DIGITS && BigInt(Number(v)) === v) {
          expect(cell.type).toBe("number")
          if (cell.type === "number") expect(BigInt(cell.value)).toBe(v) // exact
        } else {
          expect(cell).toMatchObject({ type: "text", value: v.toString() })
        }
      }),
    )
    expect(spreadsheetValue(16_493_820_000n as Vnd, money, "vi")).toEqual({
      type: "number",
      value: 16_493_820_000,
      format: "#,##0",
    })
    expect(spreadsheetValue(3_712_345_678_901_234n as Vnd, money, "vi").type).toBe("text") // a national total
    expect(spreadsheetValue(3_700_000_000_000_000n as Vnd, money, "vi").type).toBe("number") // 2 digits, exact
  })

  it("stores quantities, percentages and averages as numbers with a format", () => {
    const q = column("q", "quantity", "Số lượng", "Quantity")
    expect(spreadsheetValue(BigDecimal.fromStringUnsafe("57.5"), q, "vi")).toEqual({
      type: "number",
      value: 57.5,
      format: "#,##0.###",
    })
    expect(spreadsheetValue(ratio(1, 4), column("p", "percent", "Tỷ lệ", "Share"), "vi")).toEqual({
      type: "number",
      value: 0.25,
      format: "0.0%",
    })
    expect(spreadsheetValue(ratio(35, 2), column("a", "decimal", "TB", "Avg", 2), "en")).toEqual({
      type: "number",
      value: 17.5,
      format: "#,##0.00",
    })
  })

  it("makes worksheet names valid and unique", () => {
    expect(worksheetNames(["Theo xã", "Theo xã", "a/b:c", "x".repeat(40)])).toEqual([
      "Theo xã",
      "Theo xã (2)",
      "a-b-c",
      "x".repeat(31),
    ])
  })
})

describe("ratioOfNumber", () => {
  it("gives the exact decimal a double prints as", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = n / 10 ** d
        const r = ratioOfNumber(x)
        expect(Number(r.numerator) / Number(r.denominator)).toBe(x)
      }),
    )
    expect(ratioOfNumber(17.3)).toEqual(ratio(173, 10))
  })
})
