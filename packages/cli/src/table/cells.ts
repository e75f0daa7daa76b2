/** Reading table cells people type: header names in Vietnamese or English, decimals with "." or ",", yes/no words. */
import { parse as parseCsv } from "csv-parse/sync"

/**
 * A header or a word as a key: lower case, no diacritics, đ as d, anything else as "_".
 *
 * @example
 * headerKey("Số lượng") // "so_luong"
 * headerKey("Unit value (VND)") // "unit_value_vnd"
 */
export const headerKey = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "_")
    .replace(/^_+|_+$/gu, "")

/** A data row of a table file: its row number as a spreadsheet shows it (the header is row 1) and its cells by header. */
export interface SheetRow {
  readonly row: number
  readonly cells: ReadonlyArray<string>
}

/** A table read from CSV or XLSX: the headers as written, and the data rows (blank rows dropped). */
export interface SheetData {
  readonly headers: ReadonlyArray<string>
  readonly rows: ReadonlyArray<SheetRow>
}

/** Reads CSV text (comma or semicolon separated, optional UTF-8 BOM) into a header row and data rows. */
export const readCsv = (text: string): SheetData => {
  const body = text.replace(/^\uFEFF/u, "")
  const firstLine = body.split(/\r?\n/u, 1)[0] ?? ""
  const delimiter = (firstLine.match(/;/gu)?.length ?? 0) > (firstLine.match(/,/gu)?.length ?? 0) ? ";" : ","
  const records = parseCsv(body, { delimiter, relax_column_count: true, skip_empty_lines: false }) as Array<
    Array<string>
  >
  const [headers = [], ...data] = records
  const rows = data
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ""))
  return { headers: headers.map((h) => h.trim()), rows }
}

/**
 * A decimal number typed by a person: "85.5", "85,5" or "85,5 %" (a "," is a decimal comma when there is no ".").
 * Thousands separators are not accepted; `undefined` when it is not a number.
 */
export const decimalText = (s: string): string | undefined => {
  const v = s.trim().replace(/\s*%$/u, "")
  const normalized = v.includes(".") ? v : v.replace(",", ".")
  return /^-?\d+(\.\d+)?$/u.test(normalized) ? normalized : undefined
}

const yes = new Set(["true", "yes", "y", "1", "x", "dat", "co"])
const no = new Set(["false", "no", "n", "0", "khong_dat", "khong", "chua_dat"])

/** "đạt", "không đạt", "yes", "no", "true", "false", "1", "0" as a boolean; `undefined` otherwise. */
export const booleanText = (s: string): boolean | undefined => {
  const k = headerKey(s)
  return yes.has(k) ? true : no.has(k) ? false : undefined
}
