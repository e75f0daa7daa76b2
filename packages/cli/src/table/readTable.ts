/** Reads the first sheet of a CSV or XLSX file into header + rows of text cells (XLSX through exceljs). */
import ExcelJS from "exceljs"
import { CliError } from "../Io.ts"
import { readCsv, type SheetData } from "./cells.ts"

const pad = (n: number): string => String(n).padStart(2, "0")

/** An exceljs cell value as the text a person typed: dates as YYYY-MM-DD, formulas as their result. */
export const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return ""
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("")
    if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue)
    if ("text" in v) return String(v.text)
    if ("error" in v) return String(v.error)
    return ""
  }
  return String(v)
}

/** Reads the first worksheet of an XLSX workbook; row numbers are the sheet's own. */
export const readXlsx = async (bytes: Uint8Array): Promise<SheetData> => {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (e) {
    throw new CliError(`not a readable XLSX workbook: ${(e as Error).message}`)
  }
  const ws = wb.worksheets[0]
  if (ws === undefined) return { headers: [], rows: [] }
  const width = ws.columnCount
  const textsOf = (row: ExcelJS.Row): Array<string> =>
    Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim())
  const headers = textsOf(ws.getRow(1))
  const rows: Array<{ row: number; cells: Array<string> }> = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const cells = textsOf(row)
    if (cells.some((c) => c !== "")) rows.push({ row: n, cells })
  })
  return { headers, rows }
}

/** Reads a table file by its extension: `.csv` or `.xlsx`. */
export const readTable = async (name: string, bytes: Uint8Array): Promise<SheetData> => {
  const lower = name.toLowerCase()
  if (lower.endsWith(".csv")) return readCsv(Buffer.from(bytes).toString("utf8"))
  if (lower.endsWith(".xlsx")) return readXlsx(bytes)
  throw new CliError(`${name}: give a .csv or .xlsx file`, 2)
}
