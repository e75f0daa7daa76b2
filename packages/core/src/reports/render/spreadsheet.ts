/** THE SPREADSHEET CELL RULE: which cells become numbers in XLSX (exact ones) and which stay text (too precise for Excel). */
import { BigDecimal } from "effect"
import * as Q from "../../money/Quantity.ts"
import type { Language, LocalizedText } from "../../shared/LocalizedText.ts"
import { ratioToNumber } from "../numberText.ts"
import type { Cell, Column, Ratio } from "../Table.ts"
import { DEFAULT_DECIMALS, isLocalized } from "./cellText.ts"

/**
 * Excel keeps 15 significant digits (its documented "number precision"); beyond that it silently zeroes the
 * rest, and beyond 2^53 a double cannot hold every integer anyway. So an amount is written as a number only when
 * it has at most 15 significant digits AND the double holds it exactly — always true below 10^15 đồng (a million
 * billion đồng), which covers any province's and any year's help. A national programme total such as
 * 3,712,345,678,901,234 đồng does not fit: it is written as text holding every digit, with a note saying why,
 * never as a rounded number.
 */
export const EXCEL_DIGITS = 15

/** A cell as a spreadsheet writer should store it. */
export type SpreadsheetValue =
  | { readonly type: "empty" }
  | { readonly type: "text"; readonly value: string; readonly note?: LocalizedText }
  | { readonly type: "number"; readonly value: number; readonly format: string }

/** The note put on a number kept as text because Excel could not hold it exactly. */
export const tooPreciseNote: LocalizedText = {
  vi: "Giữ dạng văn bản để không mất chữ số: Excel chỉ lưu chính xác 15 chữ số.",
  en: "Kept as text so that no digit is lost: Excel stores only 15 significant digits exactly.",
}

const significantDigits = (q: BigDecimal.BigDecimal): number => {
  const n = BigDecimal.normalize(q)
  return (n.value < 0n ? -n.value : n.value).toString().replace(/0+$/u, "").length || 1
}

const percentFormat = (decimals: number) => (decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%")
const decimalFormat = (decimals: number) => (decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0")

/**
 * How a cell is stored in a spreadsheet:
 * - text → text in the chosen language;
 * - count → a number ("#,##0");
 * - money → a number of đồng ("#,##0") when it has at most {@link EXCEL_DIGITS} significant digits and is exact as a
 *   double, else text with every digit and {@link tooPreciseNote};
 * - quantity → a number when its digits fit (e.g. 57.5, 343), else exact text with the note;
 * - percent → the fraction as a number with a percent format ("0.0%": 0.25 shows 25.0%);
 * - decimal → the value as a number with the column's decimals ("#,##0.0": 17.5).
 * Percent and decimal cells are doubles of an exact ratio; the format shows them rounded to the column's decimals.
 *
 * @example
 * ```ts
 * import { Spreadsheet, Table } from "@ntm/core/reports"
 * Spreadsheet.spreadsheetValue(Table.ratio(1, 4), Table.column("share", "percent", "Tỷ lệ", "Share", 1), "vi") // => { type: "number", value: 0.25, format: "0.0%" }
 * Spreadsheet.spreadsheetValue(null, Table.column("share", "percent", "Tỷ lệ", "Share"), "vi") // => { type: "empty" }
 * ```
 */
export const spreadsheetValue = (cell: Cell, column: Column, language: Language): SpreadsheetValue => {
  if (cell === null) return { type: "empty" }
  switch (column.kind) {
    case "text":
      return { type: "text", value: isLocalized(cell) ? cell[language] : String(cell) }
    case "count":
      return { type: "number", value: cell as number, format: "#,##0" }
    case "money": {
      const v = cell as bigint
      const q = BigDecimal.fromBigInt(v)
      return significantDigits(q) <= EXCEL_DIGITS && BigInt(Number(v)) === v
        ? { type: "number", value: Number(v), format: "#,##0" }
        : { type: "text", value: v.toString(), note: tooPreciseNote }
    }
    case "quantity": {
      const q = cell as Q.Quantity
      const text = Q.format(q)
      return significantDigits(q) <= EXCEL_DIGITS
        ? { type: "number", value: Number(text), format: Q.isInteger(q) ? "#,##0" : "#,##0.###" }
        : { type: "text", value: text, note: tooPreciseNote }
    }
    case "percent":
      return {
        type: "number",
        value: ratioToNumber(cell as Ratio),
        format: percentFormat(column.decimals ?? DEFAULT_DECIMALS),
      }
    case "decimal":
      return {
        type: "number",
        value: ratioToNumber(cell as Ratio),
        format: decimalFormat(column.decimals ?? DEFAULT_DECIMALS),
      }
  }
}

/**
 * A valid, unique worksheet name: characters Excel forbids (`[ ] : * ? / \`) become "-", at most 31 characters,
 * and a repeated name gets " (2)", " (3)" …
 *
 * @example
 * ```ts
 * import { Spreadsheet } from "@ntm/core/reports"
 * Spreadsheet.worksheetNames(["Theo xã/phường", "Theo xã/phường"]) // => ["Theo xã-phường", "Theo xã-phường (2)"]
 * ```
 */
export const worksheetNames = (names: ReadonlyArray<string>): Array<string> => {
  const used = new Set<string>()
  return names.map((raw) => {
    const base = (raw.replace(/[[\]:*?/\\]/gu, "-").trim() || "Sheet").slice(0, 31)
    let name = base
    for (let i = 2; used.has(name.toLocaleLowerCase("vi")); i++) {
      const suffix = ` (${i})`
      name = base.slice(0, 31 - suffix.length) + suffix
    }
    used.add(name.toLocaleLowerCase("vi"))
    return name
  })
}
