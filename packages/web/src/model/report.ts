/** Display text of a report's JSON cells (`@ntm/core/reports` Json): exact money, local separators, both languages. */
import { NumberText } from "@ntm/core/reports"
import { formatDong, type Language, type LocalizedText } from "../i18n/index.ts"

/** A cell of the report JSON (see core's `Json.CellJson`). */
export type CellJson =
  | string
  | number
  | LocalizedText
  | { readonly numerator: string; readonly denominator: string }
  | null

/** A column of the report JSON. */
export interface ColumnJson {
  readonly key: string
  readonly kind: "text" | "count" | "money" | "quantity" | "percent" | "decimal"
  readonly header: LocalizedText
  readonly decimals?: number
}

const isLocalized = (v: unknown): v is LocalizedText => typeof v === "object" && v !== null && "vi" in v && "en" in v

const isRatio = (v: unknown): v is { numerator: string; denominator: string } =>
  typeof v === "object" && v !== null && "numerator" in v && "denominator" in v

/** An exact decimal string ("1234.5") with the language's marks ("1.234,5" / "1,234.5"). */
export const localDecimal = (language: Language, s: string): string => {
  const negative = s.startsWith("-")
  const [whole = "0", frac] = (negative ? s.slice(1) : s).split(".")
  const [group, mark] = language === "vi" ? [".", ","] : [",", "."]
  const text = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, group) + (frac === undefined ? "" : `${mark}${frac}`)
  return negative ? `-${text}` : text
}

/**
 * A cell as shown on screen: money as exact whole đồng with grouping ("16.493.820.000"), quantities exactly,
 * percentages and averages rounded once by core's rule (`NumberText`), text in the chosen language; "" when empty.
 *
 * @example
 * reportCellText("16493820000", { key: "value", kind: "money", header }, "vi") // "16.493.820.000"
 */
export const reportCellText = (cell: CellJson | undefined, column: ColumnJson, language: Language): string => {
  if (cell === null || cell === undefined) return ""
  if (isLocalized(cell)) return cell[language]
  switch (column.kind) {
    case "money":
      return typeof cell === "string" && /^-?\d+$/u.test(cell) ? formatDong(language, BigInt(cell)) : String(cell)
    case "quantity":
      return typeof cell === "string" ? localDecimal(language, cell) : String(cell)
    case "count":
      return typeof cell === "number" ? localDecimal(language, String(cell)) : String(cell)
    case "percent":
    case "decimal": {
      if (!isRatio(cell)) return String(cell)
      const r = { numerator: BigInt(cell.numerator), denominator: BigInt(cell.denominator) }
      if (r.denominator === 0n) return ""
      return column.kind === "percent"
        ? NumberText.formatPercent(r, column.decimals ?? 1, language)
        : NumberText.formatDecimal(r, column.decimals ?? 1, language)
    }
    default:
      return typeof cell === "string" || typeof cell === "number" ? String(cell) : ""
  }
}
