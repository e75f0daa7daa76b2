/** How one cell is written as plain text for files (CSV): exact digits, dot decimals, no grouping, the chosen language. */
import * as Q from "../../money/Quantity.ts"
import type { Language, LocalizedText } from "../../shared/LocalizedText.ts"
import { ratioDigits } from "../numberText.ts"
import type { Cell, Column, Ratio } from "../Table.ts"

/** Default digits after the decimal point for `percent` and `decimal` columns without `decimals`. */
export const DEFAULT_DECIMALS = 1

/**
 * True when a text cell holds both languages.
 *
 * @example
 * ```ts
 * import { CellText } from "@ntm/core/reports"
 * CellText.isLocalized({ vi: "Tổng cộng", en: "Total" }) // => true
 * CellText.isLocalized("Total") // => false
 * ```
 */
export const isLocalized = (v: unknown): v is LocalizedText =>
  typeof v === "object" && v !== null && "vi" in v && "en" in v

/**
 * The cell as file text: text in the chosen language; counts and money (whole đồng) as exact integer digits;
 * quantities as exact plain decimals ("57.5"); percentages as the percentage rounded half-up to the column's
 * decimals ("25.0" for 1/4); decimals likewise ("17.5"). An empty cell is "".
 *
 * @example
 * ```ts
 * import { CellText, Table } from "@ntm/core/reports"
 * CellText.cellText(Table.ratio(1, 4), Table.column("share", "percent", "Tỷ lệ", "Share"), "vi") // => "25.0"
 * CellText.cellText({ vi: "Tổng cộng", en: "Total" }, Table.column("label", "text", "Nội dung", "Item"), "vi") // => "Tổng cộng"
 * ```
 */
export const cellText = (cell: Cell, column: Column, language: Language): string => {
  if (cell === null) return ""
  switch (column.kind) {
    case "text":
      return isLocalized(cell) ? cell[language] : String(cell)
    case "count":
      return String(cell)
    case "money":
      return (cell as bigint).toString()
    case "quantity":
      return Q.format(cell as Q.Quantity)
    case "percent":
      return ratioDigits(cell as Ratio, column.decimals ?? DEFAULT_DECIMALS, 100n)
    case "decimal":
      return ratioDigits(cell as Ratio, column.decimals ?? DEFAULT_DECIMALS)
  }
}
