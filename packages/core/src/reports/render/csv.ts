/** CSV rendering of a sheet (RFC 4180, UTF-8 with a byte-order mark so Excel reads Vietnamese correctly), as bytes. */
import type { Language } from "../../shared/LocalizedText.ts"
import type { Report, Row, Sheet } from "../Table.ts"
import { cellText } from "./cellText.ts"

/** The UTF-8 byte-order mark Excel needs to read a CSV as UTF-8 instead of the system code page. */
export const BOM = new Uint8Array([0xef, 0xbb, 0xbf])

/** How to write a CSV. */
export interface CsvOptions {
  readonly language: Language
  /** Start with the UTF-8 byte-order mark; default true (Excel needs it for "đồng", "Xã Tả Phời"). */
  readonly bom?: boolean
  /** Add the totals rows after the data rows; default true. */
  readonly totals?: boolean
  /** Guard text cells against formula injection (see {@link guardFormula}); default true. */
  readonly formulaGuard?: boolean
}

const FORMULA_START = /^[=+\-@\t\r]/u

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`, `@`, tab
 * or CR is read by Excel as a formula, so a provider named "=HYPERLINK(…)" could run in an officer's spreadsheet.
 * Such a text cell is prefixed with an apostrophe, which Excel shows as plain text. Only text columns are
 * guarded: numbers (a negative difference "-25000") are written as they are.
 *
 * @example
 * ```ts
 * import { Csv } from "@ntm/core/reports"
 * Csv.guardFormula("=HYPERLINK(1)") // => "'=HYPERLINK(1)"
 * Csv.guardFormula("Xã Tả Thàng") // => "Xã Tả Thàng"
 * ```
 */
export const guardFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s)

/**
 * Quotes a field when RFC 4180 requires it (comma, double quote, CR or LF), doubling inner quotes.
 *
 * @example
 * ```ts
 * import { Csv } from "@ntm/core/reports"
 * Csv.field('Cement, "PCB30"') // => '"Cement, ""PCB30"""'
 * Csv.field("343") // => "343"
 * ```
 */
export const field = (s: string): string => (/[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s)

/**
 * The sheet as CSV text: a header row (in the chosen language), the rows, then the totals rows; fields separated by
 * commas, records by CRLF, the last record ending with CRLF. Numbers are exact and unformatted (money in whole đồng,
 * quantities with a dot decimal), so that no amount is rounded or mangled by a thousands separator.
 *
 * @example
 * ```ts
 * import { Csv, Table } from "@ntm/core/reports"
 * const sheet = {
 *   id: "by-item", name: { vi: "Hiện vật", en: "Items" }, title: { vi: "Hiện vật", en: "Items" }, notes: [],
 *   columns: [Table.column("item", "text", "Hiện vật", "Item"), Table.column("count", "count", "Số lượng", "Count")],
 *   rows: [{ item: "Suất quà", count: 3285 }],
 *   totals: [],
 * }
 * Csv.csvText(sheet, { language: "en" }) // => "Item,Count\r\nSuất quà,3285\r\n"
 * ```
 */
export const csvText = (sheet: Sheet, options: CsvOptions): string => {
  const columns = sheet.columns
  const line = (cells: ReadonlyArray<string>) => `${cells.map(field).join(",")}\r\n`
  const guard = options.formulaGuard ?? true
  const text = (row: Row, c: Sheet["columns"][number]) => {
    const t = cellText(row[c.key] ?? null, c, options.language)
    return guard && c.kind === "text" ? guardFormula(t) : t
  }
  const record = (row: Row) => line(columns.map((c) => text(row, c)))
  let out = line(columns.map((c) => c.header[options.language]))
  for (const row of sheet.rows) out += record(row)
  if (options.totals ?? true) for (const row of sheet.totals) out += record(row)
  return out
}

/**
 * The sheet as CSV bytes (UTF-8, with BOM by default). Pure: returns bytes, touches no file.
 *
 * @example
 * ```ts
 * import { Csv, Table } from "@ntm/core/reports"
 * const sheet = {
 *   id: "by-item", name: { vi: "Hiện vật", en: "Items" }, title: { vi: "Hiện vật", en: "Items" }, notes: [],
 *   columns: [Table.column("item", "text", "Hiện vật", "Item")],
 *   rows: [{ item: "Xi măng" }],
 *   totals: [],
 * }
 * const bytes = Csv.toCsv(sheet, { language: "vi" })
 * Array.from(bytes.slice(0, 3)) // => [0xef, 0xbb, 0xbf]
 * ```
 */
export const toCsv = (sheet: Sheet, options: CsvOptions): Uint8Array => {
  const text = new TextEncoder().encode(csvText(sheet, options))
  if (options.bom === false) return text
  const out = new Uint8Array(BOM.length + text.length)
  out.set(BOM, 0)
  out.set(text, BOM.length)
  return out
}

/**
 * One CSV file per sheet, named `<report id>-<sheet id>.csv` (a CSV holds one table).
 *
 * @example
 * ```ts
 * import { Csv } from "@ntm/core/reports"
 * const report = {
 *   id: "help-2022", title: { vi: "Báo cáo", en: "Report" }, paragraphs: [],
 *   sheets: [{ id: "by-item", name: { vi: "Hiện vật", en: "Items" }, title: { vi: "Hiện vật", en: "Items" }, columns: [], rows: [], totals: [], notes: [] }],
 * }
 * Csv.toCsvFiles(report, { language: "vi" }).map((f) => f.name) // => ["help-2022-by-item.csv"]
 * ```
 */
export const toCsvFiles = (
  report: Report,
  options: CsvOptions,
): Array<{ readonly name: string; readonly bytes: Uint8Array }> =>
  report.sheets.map((s) => ({ name: `${report.id}-${s.id}.csv`, bytes: toCsv(s, options) }))
