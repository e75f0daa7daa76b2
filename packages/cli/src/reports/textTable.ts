/** A report as plain text for the terminal: title, paragraphs, and sheets as aligned tables in Vietnamese or English. */
import { Money } from "@ntm/core"
import { CellText, NumberText, type Table } from "@ntm/core/reports"
import type { Lang } from "../Lang.ts"

/** A cell for people: grouped digits in the language's style, money in đồng, percentages with their sign. */
export const displayCell = (cell: Table.Cell, column: Table.Column, lang: Lang): string => {
  if (cell === null) return ""
  switch (column.kind) {
    case "text":
      return CellText.isLocalized(cell) ? cell[lang] : String(cell)
    case "count":
      return NumberText.formatCount(cell as number, lang)
    case "money":
      return Money.VndFormat.format(cell as Money.Vnd.Vnd, { language: lang, unit: "none" })
    case "quantity":
      return NumberText.formatQuantity(cell as Table.CellOf["quantity"], lang)
    case "percent":
      return NumberText.formatPercent(cell as Table.Ratio, column.decimals ?? CellText.DEFAULT_DECIMALS, lang)
    case "decimal":
      return NumberText.formatDecimal(cell as Table.Ratio, column.decimals ?? CellText.DEFAULT_DECIMALS, lang)
  }
}

const numeric = (c: Table.Column): boolean => c.kind !== "text"

/** One sheet as an aligned text table: title, header, rows, a rule, totals, then the notes. */
export const sheetText = (sheet: Table.Sheet, lang: Lang): string => {
  const header = sheet.columns.map((c) => c.header[lang])
  const body = sheet.rows.map((r) => sheet.columns.map((c) => displayCell(r[c.key] ?? null, c, lang)))
  const totals = sheet.totals.map((r) => sheet.columns.map((c) => displayCell(r[c.key] ?? null, c, lang)))
  const widths = sheet.columns.map((_, i) =>
    Math.max(...[header, ...body, ...totals].map((cells) => [...(cells[i] ?? "")].length)),
  )
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((s, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - [...s].length))
        return numeric(sheet.columns[i] as Table.Column) ? pad + s : s + pad
      })
      .join("  ")
      .trimEnd()
  const rule = widths.map((w) => "-".repeat(w)).join("  ")
  return [
    `### ${sheet.title[lang]}`,
    "",
    line(header),
    rule,
    ...body.map(line),
    ...(totals.length > 0 ? [rule, ...totals.map(line)] : []),
    ...(sheet.notes.length > 0 ? ["", ...sheet.notes.map((n) => `* ${n[lang]}`)] : []),
    "",
  ].join("\n")
}

/** The report's title and paragraphs, then the given sheets. */
export const reportText = (report: Table.Report, sheets: ReadonlyArray<Table.Sheet>, lang: Lang): string =>
  [
    `## ${report.title[lang]}`,
    "",
    ...report.paragraphs.flatMap((p) => [p[lang], ""]),
    ...sheets.map((s) => sheetText(s, lang)),
  ].join("\n")
