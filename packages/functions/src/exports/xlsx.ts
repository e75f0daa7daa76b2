/** XLSX rendering of a report through exceljs: one worksheet per sheet, numbers stored as numbers, bytes out, no file. */
import type { LocalizedText } from "@ntm/core"
import { Spreadsheet, type Table } from "@ntm/core/reports"
import ExcelJS from "exceljs"

/** How to write the workbook. */
export interface XlsxOptions {
  readonly language: LocalizedText.Language
}

/**
 * Writes a report as an XLSX workbook and returns its bytes (nothing touches the filesystem).
 *
 * Each sheet becomes a worksheet named after the sheet in the chosen language (made valid and unique):
 * row 1 holds the column headers (bold, frozen), then the data rows, then the totals rows (bold), then — after an
 * empty row — the sheet's title and notes. The title also goes in the print header. Cells follow core's
 * spreadsheet rule (`Spreadsheet.spreadsheetValue`): counts, money, quantities, percentages and averages are
 * numbers with a number format; an amount too precise for Excel is exact text with a cell note.
 *
 * @example
 * const bytes = await toXlsx(helpReport(input), { language: "vi" })
 */
export const toXlsx = async (report: Table.Report, options: XlsxOptions): Promise<Uint8Array> => {
  const { language } = options
  const workbook = new ExcelJS.Workbook()
  workbook.title = report.title[language]
  workbook.creator = "NTM toolkit"
  // A fixed date keeps the output a function of the report alone (no clock read).
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  const names = Spreadsheet.worksheetNames(report.sheets.map((s) => s.name[language]))
  report.sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(names[i]!, { views: [{ state: "frozen", ySplit: 1 }] })
    ws.headerFooter.oddHeader = `&C${sheet.title[language].replace(/&/gu, "&&")}`
    ws.columns = sheet.columns.map((c) => ({
      header: c.header[language],
      key: c.key,
      width: Math.min(60, Math.max(10, c.header[language].length + 2)),
    }))
    ws.getRow(1).font = { bold: true }
    const write = (row: Table.Row, bold: boolean) => {
      const r = ws.addRow([])
      sheet.columns.forEach((c, j) => {
        const v = Spreadsheet.spreadsheetValue(row[c.key] ?? null, c, language)
        const cell = r.getCell(j + 1)
        if (v.type === "number") {
          cell.value = v.value
          cell.numFmt = v.format
        } else if (v.type === "text") {
          cell.value = v.value
          if (v.note !== undefined) cell.note = v.note[language]
        }
      })
      if (bold) r.font = { bold: true }
    }
    for (const row of sheet.rows) write(row, false)
    for (const row of sheet.totals) write(row, true)
    ws.addRow([])
    ws.addRow([sheet.title[language]]).font = { bold: true }
    for (const note of sheet.notes) ws.addRow([note[language]])
  })
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
