/** Structure of the XLSX export, read back with exceljs: sheet names, headers, numbers stored as numbers, exact text where Excel cannot hold the digits. */
import { Contributions, IsoDate, Plans, UnitCode, Units } from "@ntm/core"
import { LaoCaiPlans, laoCai2022Contributions, laoCai2022PriceList } from "@ntm/core/demo"
import { HelpReport, StatusReport, type Table } from "@ntm/core/reports"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { toXlsx } from "../../src/exports/xlsx.ts"

const report = HelpReport.helpReport({
  year: 2022,
  lines: laoCai2022Contributions,
  catalogue: Contributions.Catalogue.standardCatalogue,
  priceLists: [laoCai2022PriceList],
  registry: Units.laoCaiRegistry,
  rebaseTo: IsoDate.isoDate("2025-07-01"),
})

const read = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return wb
}

const headers = (ws: ExcelJS.Worksheet): Array<unknown> => (ws.getRow(1).values as Array<unknown>).slice(1)

describe("XLSX export of the help report", () => {
  it("has one worksheet per sheet, named in Vietnamese, with Vietnamese headers", async () => {
    const wb = await read(await toXlsx(report, { language: "vi" }))
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "Số lượng hiện vật",
      "Theo đơn vị hỗ trợ",
      "Theo xã",
      "Theo huyện",
      "Theo xã sau sắp xếp",
      "Căn cứ quy đổi",
      "Đối chiếu",
    ])
    expect(headers(wb.getWorksheet("Theo đơn vị hỗ trợ")!)).toEqual([
      "Mã đơn vị",
      "Cơ quan, đơn vị, doanh nghiệp",
      "Loại",
      "Số khoản",
      "Tổng giá trị quy ra tiền (đồng)",
      "Tiền mặt (đồng)",
      "Hiện vật, ngày công quy ra tiền (đồng)",
    ])
  })

  it("stores counts, money and quantities as numbers, not text", async () => {
    const wb = await read(await toXlsx(report, { language: "vi" }))
    const byProvider = wb.getWorksheet("Theo đơn vị hỗ trợ")!
    const sheet = report.sheets.find((s) => s.id === "by-provider")!
    const totalRow = byProvider.getRow(1 + sheet.rows.length + 1)
    expect(totalRow.getCell(2).value).toBe("Tổng cộng")
    expect(totalRow.getCell(4).type).toBe(ExcelJS.ValueType.Number)
    expect(totalRow.getCell(4).value).toBe(52)
    expect(totalRow.getCell(5).type).toBe(ExcelJS.ValueType.Number)
    expect(totalRow.getCell(5).value).toBe(16_493_820_000)
    expect(totalRow.getCell(5).numFmt).toBe("#,##0")
    expect(totalRow.getCell(6).value).toBe(643_730_000)
    // every money cell of the data rows is a number
    for (let r = 2; r <= 1 + sheet.rows.length; r++)
      for (const c of [4, 5, 6, 7]) expect(byProvider.getRow(r).getCell(c).type).toBe(ExcelJS.ValueType.Number)

    const items = wb.getWorksheet("Số lượng hiện vật")!
    const cement = items.getRows(2, 20)!.find((r) => r.getCell(1).value === "xi-mang")!
    expect(cement.getCell(4).type).toBe(ExcelJS.ValueType.Number)
    expect(cement.getCell(4).value).toBe(343)
  })

  it("writes English headers and sheet names on request", async () => {
    const wb = await read(await toXlsx(report, { language: "en" }))
    expect(wb.worksheets.map((w) => w.name)).toContain("By provider")
    expect(headers(wb.getWorksheet("Summary")!)).toEqual(["Indicator", "Lines", "Value (VND)"])
  })

  it("keeps an amount too precise for Excel as exact text with a note", async () => {
    const big: Table.Report = {
      id: "national",
      title: { vi: "Tổng", en: "Total" },
      paragraphs: [],
      sheets: [
        {
          id: "t",
          name: { vi: "Tổng", en: "Total" },
          title: { vi: "Tổng", en: "Total" },
          columns: [{ key: "v", kind: "money", header: { vi: "Giá trị (đồng)", en: "Value (VND)" } }],
          rows: [{ v: 3_712_345_678_901_234n as never }, { v: 1_000n as never }],
          totals: [],
          notes: [],
        },
      ],
    }
    const ws = (await read(await toXlsx(big, { language: "vi" }))).getWorksheet("Tổng")!
    expect(ws.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String)
    expect(ws.getRow(2).getCell(1).value).toBe("3712345678901234")
    expect(String(ws.getRow(2).getCell(1).note)).toContain("15")
    expect(ws.getRow(3).getCell(1).value).toBe(1000)
  })

  it("writes text that looks like a formula as plain text, never as a formula", async () => {
    const evil: Table.Report = {
      id: "x",
      title: { vi: "X", en: "X" },
      paragraphs: [],
      sheets: [
        {
          id: "x",
          name: { vi: "X", en: "X" },
          title: { vi: "X", en: "X" },
          columns: [{ key: "name", kind: "text", header: { vi: "Tên", en: "Name" } }],
          rows: [{ name: "=1+1" }],
          totals: [],
          notes: [],
        },
      ],
    }
    const cell = (await read(await toXlsx(evil, { language: "vi" }))).getWorksheet("X")!.getRow(2).getCell(1)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe("=1+1")
  })
})

describe("XLSX export of the status report", () => {
  it("stores percentages and averages as numbers with a format", async () => {
    const status = StatusReport.statusReport({
      year: 2024,
      root: UnitCode.unitCode("10"),
      inputs: {
        hierarchy: Plans.Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks),
        statuses: LaoCaiPlans.demoStatuses,
        villages: LaoCaiPlans.demoVillages,
        money: () => 0n,
        statusPolicy: "same-year",
      },
    })
    const wb = await read(await toXlsx(status, { language: "vi" }))
    const tiers = wb.getWorksheet("Theo mức đạt chuẩn")!
    expect(headers(tiers)).toEqual(["Mức đạt chuẩn", "Số xã", "Tỷ lệ (%)"])
    const advanced = tiers.getRow(3)
    expect(advanced.getCell(2).value).toBe(2)
    expect(advanced.getCell(3).type).toBe(ExcelJS.ValueType.Number)
    expect(advanced.getCell(3).value).toBeCloseTo(2 / 11, 12)
    expect(advanced.getCell(3).numFmt).toBe("0.0%")
    const byUnit = wb.getWorksheet("Theo đơn vị")!
    const total = byUnit.getRow(5)
    expect(total.getCell(2).value).toBe("Tổng cộng")
    expect(total.getCell(8).value).toBeCloseTo(175 / 11, 12)
    expect(total.getCell(8).numFmt).toBe("#,##0.0")
  })
})
