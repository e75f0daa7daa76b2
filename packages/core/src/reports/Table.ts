/** The pure table model every report is built as (report → sheets → columns → rows) and every renderer reads. */
import type { BigDecimal } from "effect"
import type { Vnd } from "../money/Vnd.ts"
import type { LocalizedText } from "../shared/LocalizedText.ts"

/**
 * An exact fraction (tỷ lệ): numerator / denominator, both whole numbers. Used for percentages and averages
 * so that the exact value is kept and rounding happens once, at display, by the rule in `numberText.ts`.
 */
export interface Ratio {
  readonly numerator: bigint
  readonly denominator: bigint
}

/**
 * What a column holds; it decides how every renderer writes the cell:
 * - `text` — a string (a name, a code), or a {@link LocalizedText} whose language the renderer picks (a category,
 *   a status, a row label such as "Tổng cộng" / "Total");
 * - `count` — a whole number that is always a safe integer (lines, communes, criteria);
 * - `money` — whole đồng (`bigint`), exact;
 * - `quantity` — an exact decimal (`BigDecimal`), e.g. 57.5 t;
 * - `percent` — a {@link Ratio} shown as a percentage (0.25 → 25,0 %);
 * - `decimal` — a {@link Ratio} shown as a decimal number (an average of 35/2 → 17,5).
 */
export type ColumnKind = "text" | "count" | "money" | "quantity" | "percent" | "decimal"

/** The value a cell of each column kind holds; `null` is an empty cell. */
export interface CellOf {
  readonly text: string | LocalizedText
  readonly count: number
  readonly money: Vnd
  readonly quantity: BigDecimal.BigDecimal
  readonly percent: Ratio
  readonly decimal: Ratio
}

/** Any cell value. */
export type Cell = CellOf[ColumnKind] | null

/** A column (cột): a stable key for machines, a header in Vietnamese and English, and its kind. */
export interface Column {
  readonly key: string
  readonly header: LocalizedText
  readonly kind: ColumnKind
  /** Digits after the decimal separator when a `percent` or `decimal` cell is shown; see `numberText.ts`. */
  readonly decimals?: number
}

/** A row: one cell per column key (a missing key is an empty cell). */
export type Row = Readonly<Record<string, Cell>>

/**
 * A sheet (bảng, biểu): one table of a report. `name` is short (a spreadsheet tab, at most 31 characters);
 * `totals` are footer rows computed from the source (the ledger, the assessments), never by adding the rows,
 * so a test can check that the rows add up to them.
 */
export interface Sheet {
  /** Stable machine key, e.g. `"by-provider"`. */
  readonly id: string
  readonly name: LocalizedText
  readonly title: LocalizedText
  readonly columns: ReadonlyArray<Column>
  readonly rows: ReadonlyArray<Row>
  readonly totals: ReadonlyArray<Row>
  /** Notes shown under the table: rules used, what is excluded, what is illustrative. */
  readonly notes: ReadonlyArray<LocalizedText>
}

/** A report (báo cáo): a title, generated paragraphs, and its sheets. */
export interface Report {
  readonly id: string
  readonly title: LocalizedText
  readonly paragraphs: ReadonlyArray<LocalizedText>
  readonly sheets: ReadonlyArray<Sheet>
}

/**
 * Builds a column.
 *
 * @example
 * ```ts
 * import { Table } from "@ntm/core/reports"
 * Table.column("mean", "decimal", "Bình quân tiêu chí/xã", "Average criteria per commune", 1) // => { key: "mean", kind: "decimal", header: { vi: "Bình quân tiêu chí/xã", en: "Average criteria per commune" }, decimals: 1 }
 * ```
 */
export const column = (key: string, kind: ColumnKind, vi: string, en: string, decimals?: number): Column => ({
  key,
  kind,
  header: { vi, en },
  ...(decimals !== undefined ? { decimals } : {}),
})

/**
 * Builds a ratio, refusing a zero denominator.
 *
 * @example
 * ```ts
 * import { Table } from "@ntm/core/reports"
 * Table.ratio(35, 2) // => { numerator: 35n, denominator: 2n }
 * ```
 */
export const ratio = (numerator: bigint | number, denominator: bigint | number): Ratio => {
  const d = BigInt(denominator)
  if (d === 0n) throw new RangeError("ratio with a zero denominator")
  return { numerator: BigInt(numerator), denominator: d }
}

/**
 * The sheet with a given id (throws when the report has none: a programming error).
 *
 * @example
 * ```ts
 * import { Table } from "@ntm/core/reports"
 * const sheet = { id: "by-item", name: { vi: "Hiện vật", en: "Items" }, title: { vi: "Hiện vật", en: "Items" }, columns: [], rows: [], totals: [], notes: [] }
 * Table.sheetById({ id: "help-2022", title: { vi: "Báo cáo", en: "Report" }, paragraphs: [], sheets: [sheet] }, "by-item") // => sheet
 * ```
 */
export const sheetById = (report: Report, id: string): Sheet => {
  const s = report.sheets.find((x) => x.id === id)
  if (s === undefined) throw new Error(`report "${report.id}" has no sheet "${id}"`)
  return s
}
