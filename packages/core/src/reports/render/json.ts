/** JSON rendering of a report for machines: money and quantities as exact decimal strings, both languages kept. */
import * as Q from "../../money/Quantity.ts"
import type { LocalizedText } from "../../shared/LocalizedText.ts"
import type { Cell, Column, ColumnKind, Ratio, Report, Row } from "../Table.ts"

/** A cell in JSON: text (or both languages), a count, a decimal string (money, quantity), an exact ratio, or null. */
export type CellJson =
  | string
  | number
  | LocalizedText
  | { readonly numerator: string; readonly denominator: string }
  | null

/** A report in JSON. */
export interface ReportJson {
  readonly id: string
  readonly title: LocalizedText
  readonly paragraphs: ReadonlyArray<LocalizedText>
  readonly sheets: ReadonlyArray<{
    readonly id: string
    readonly name: LocalizedText
    readonly title: LocalizedText
    readonly columns: ReadonlyArray<{
      readonly key: string
      readonly kind: ColumnKind
      readonly header: LocalizedText
      readonly decimals?: number
    }>
    readonly rows: ReadonlyArray<Readonly<Record<string, CellJson>>>
    readonly totals: ReadonlyArray<Readonly<Record<string, CellJson>>>
    readonly notes: ReadonlyArray<LocalizedText>
  }>
}

/**
 * A cell in JSON: money as a whole-đồng decimal string ("16493820000"), quantities as exact decimal strings
 * ("57.5"), counts as numbers, ratios as `{ numerator, denominator }` strings (exact; the reader rounds).
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * import { Json, Table } from "@ntm/core/reports"
 * Json.cellJson(Vnd.vnd(16_493_820_000), Table.column("value", "money", "Giá trị", "Value")) // => "16493820000"
 * Json.cellJson(Table.ratio(35, 2), Table.column("mean", "decimal", "Bình quân", "Average")) // => { numerator: "35", denominator: "2" }
 * ```
 */
export const cellJson = (cell: Cell, column: Column): CellJson => {
  if (cell === null) return null
  switch (column.kind) {
    case "text":
      return cell as string | LocalizedText
    case "count":
      return cell as number
    case "money":
      return (cell as bigint).toString()
    case "quantity":
      return Q.format(cell as Q.Quantity)
    case "percent":
    case "decimal": {
      const r = cell as Ratio
      return { numerator: r.numerator.toString(), denominator: r.denominator.toString() }
    }
  }
}

const rowJson = (row: Row, columns: ReadonlyArray<Column>): Record<string, CellJson> =>
  Object.fromEntries(columns.filter((c) => c.key in row).map((c) => [c.key, cellJson(row[c.key] ?? null, c)]))

/**
 * The report as a JSON-ready value (no bigint, no BigDecimal): `JSON.stringify(toJson(report))` is safe.
 *
 * @example
 * ```ts
 * import { Catalogue } from "@ntm/core/contributions"
 * import { laoCai2022Contributions, laoCai2022PriceList } from "@ntm/core/demo"
 * import { HelpReport, Json } from "@ntm/core/reports"
 * import { laoCaiRegistry } from "@ntm/core/units"
 * const report = HelpReport.helpReport({ year: 2022, lines: laoCai2022Contributions, catalogue: Catalogue.standardCatalogue, priceLists: [laoCai2022PriceList], registry: laoCaiRegistry })
 * JSON.stringify(Json.toJson(report)).includes('"value":"16493820000"') // => true
 * ```
 */
export const toJson = (report: Report): ReportJson => ({
  id: report.id,
  title: report.title,
  paragraphs: report.paragraphs,
  sheets: report.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    title: s.title,
    columns: s.columns.map((c) => ({
      key: c.key,
      kind: c.kind,
      header: c.header,
      ...(c.decimals !== undefined ? { decimals: c.decimals } : {}),
    })),
    rows: s.rows.map((r) => rowJson(r, s.columns)),
    totals: s.totals.map((r) => rowJson(r, s.columns)),
    notes: s.notes,
  })),
})
