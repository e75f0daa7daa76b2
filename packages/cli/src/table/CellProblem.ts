/** A problem found in a table file, placed by row and column (as a spreadsheet numbers and names them). */
import { Problem } from "@ntm/core"
import { type Lang, t } from "../Lang.ts"

/** A problem with its place in a table file: the row number (header = row 1) and the column's header as written. */
export interface CellProblem {
  readonly severity: "error" | "warning"
  readonly row: number
  /** The column's header as written in the file; absent when the problem concerns the whole row. */
  readonly column?: string
  /** The path inside the line the core problem named, when it has one (e.g. `history[1].reason`). */
  readonly path?: string
  readonly rule: string
  readonly message: string
}

/** A cell error. */
export const cellError = (row: number, column: string | undefined, rule: string, message: string): CellProblem => ({
  severity: "error",
  row,
  ...(column === undefined ? {} : { column }),
  rule,
  message,
})

/** Places a core problem on a row and column. */
export const placed = (p: Problem.Problem, row: number, column: string | undefined): CellProblem => ({
  severity: p.severity,
  row,
  ...(column === undefined ? {} : { column }),
  ...(p.path.length > 0 ? { path: Problem.formatPath(p.path) } : {}),
  rule: p.rule,
  message: p.message,
})

/**
 * One line per problem: `row 7, column 'quantity': quantity -3 is negative (contribution.quantity.negative)`.
 *
 * @example
 * cellProblemLine(cellError(7, "quantity", "contribution.quantity.negative", "quantity -3 is negative"), "vi")
 * // "dòng 7, cột 'quantity': quantity -3 is negative (contribution.quantity.negative)"
 */
export const cellProblemLine = (p: CellProblem, lang: Lang): string => {
  const where = [
    t(lang, `dòng ${p.row}`, `row ${p.row}`),
    ...(p.column === undefined ? [] : [t(lang, `cột '${p.column}'`, `column '${p.column}'`)]),
  ].join(", ")
  const warn = p.severity === "warning" ? t(lang, "cảnh báo: ", "warning: ") : ""
  const path = p.path !== undefined && p.column === undefined ? ` [${p.path}]` : ""
  return `${where}${path}: ${warn}${p.message} (${p.rule})`
}
