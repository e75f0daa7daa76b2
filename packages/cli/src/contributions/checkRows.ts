/** Checks every row of an import file with core: shape, ledger rules, commune on the date, and valuation by price list. */
import { Contributions, type IsoDate, type Problem, type UnitCode } from "@ntm/core"
import { type CellProblem, cellError, placed } from "../table/CellProblem.ts"
import { headerKey, type SheetData } from "../table/cells.ts"
import { columnOfPath, type RowCells, rowToLine } from "./rowToLine.ts"
import { headerIndex, templateColumns } from "./template.ts"

const findItem = Contributions.Catalogue.findItem

type Contribution = Contributions.Contribution.Contribution

/** What checking needs: core's validation context, and optionally a price list to value lines with. */
export interface CheckContext extends Contributions.Validation.ValidationContext {
  readonly priceList?: Contributions.PriceList.PriceList
  /** Percent from the price-list value beyond which a value is flagged; absent: no flag (no default in the toolkit). */
  readonly tolerancePercent?: number
  readonly zoneOf?: (commune: UnitCode.UnitCode, date: IsoDate.IsoDate) => string | undefined
  /** Id of a row without an `id` cell. */
  readonly idFor: (row: number) => string
}

/** A valid row: its line (valued when a price list was given) and its warnings. */
export interface ValidRow {
  readonly row: number
  readonly line: Contribution
  readonly warnings: ReadonlyArray<CellProblem>
}

/** The outcome of checking a file: valid rows, invalid rows with every problem, and file-level problems. */
export interface CheckResult {
  readonly valid: ReadonlyArray<ValidRow>
  readonly invalid: ReadonlyArray<{ readonly row: number; readonly problems: ReadonlyArray<CellProblem> }>
  /** Problems of the file itself (missing required columns: nothing can be imported) and unknown headers (warnings). */
  readonly file: ReadonlyArray<CellProblem>
}

/**
 * Checks every row: builds the line from the row's cells, validates it with `Contributions.Validation.validate`
 * (every problem, placed on its row and column), refuses duplicate ids, and values it with the price list when one
 * is given (`Contributions.Valuation.revalue`). `onRow` is called after each row (for a progress bar).
 *
 * @example
 * const r = checkRows(await readTable("f.csv", bytes), ctx)
 * r.invalid.length === 0 // every row can be imported
 */
export const checkRows = (data: SheetData, ctx: CheckContext, onRow?: () => void): CheckResult => {
  const keyAt = data.headers.map((h) => headerIndex.get(headerKey(h)))
  const headerOf = new Map<string, string>()
  const file: Array<CellProblem> = []
  data.headers.forEach((h, i) => {
    const key = keyAt[i]
    if (key === undefined) {
      if (h !== "")
        file.push({
          ...cellError(1, h, "import.unknown-column", `unknown column "${h}" is ignored`),
          severity: "warning",
        })
    } else headerOf.set(key, h)
  })
  const columnName = (key: string | undefined): string | undefined =>
    key === undefined ? undefined : (headerOf.get(key) ?? key)
  for (const c of templateColumns)
    if (c.required && !headerOf.has(c.key))
      file.push(cellError(1, undefined, "import.missing-column", `required column '${c.key}' (${c.vi}) is missing`))
  if (file.some((p) => p.severity === "error")) return { valid: [], invalid: [], file }

  const valid: Array<ValidRow> = []
  const invalid: Array<{ row: number; problems: Array<CellProblem> }> = []
  const ids = new Map<string, number>()
  for (const { row, cells } of data.rows) {
    const c: Record<string, string> = {}
    cells.forEach((v, i) => {
      const key = keyAt[i]
      if (key !== undefined && v !== "") c[key] = v
    })
    const problems: Array<CellProblem> = []
    const empty = new Set<string>()
    for (const col of templateColumns)
      if (col.required && c[col.key] === undefined) {
        empty.add(col.key)
        problems.push(cellError(row, columnName(col.key), "import.required", "this cell is required"))
      }
    // An unknown item gives no default category: say so on the item, not as a missing category.
    if (c.item !== undefined && c.category === undefined && findItem(ctx.catalogue, c.item) === undefined) {
      empty.add("category")
      problems.push(
        cellError(row, columnName("item"), "contribution.item.unknown", `no item "${c.item}" in the catalogue`),
      )
    }
    const id = c.id ?? ctx.idFor(row)
    const first = ids.get(id)
    if (first !== undefined)
      problems.push(
        cellError(row, columnName("id"), "import.duplicate-id", `id "${id}" is already used on row ${first}`),
      )
    else ids.set(id, row)
    const r = Contributions.Validation.validate(rowToLine(c as RowCells, id, ctx.catalogue), ctx)
    const place = (ps: ReadonlyArray<Problem.Problem>) =>
      ps
        .map((p) => ({ p, key: columnOfPath(p.path) }))
        .filter(({ p, key }) => !(p.rule === "schema" && key !== undefined && empty.has(key)))
    if (!r.ok) {
      for (const { p, key } of place(r.problems)) problems.push(placed(p, row, columnName(key)))
      invalid.push({ row, problems })
    } else if (problems.some((p) => p.severity === "error")) {
      invalid.push({ row, problems })
    } else {
      let line = r.value.line
      const warnings = place(r.value.warnings).map(({ p, key }) => placed(p, row, columnName(key)))
      if (ctx.priceList !== undefined) {
        const v = Contributions.Valuation.revalue(line, {
          catalogue: ctx.catalogue,
          priceList: ctx.priceList,
          rounding: ctx.rounding,
          tolerancePercent: ctx.tolerancePercent ?? Number.MAX_SAFE_INTEGER,
          ...(ctx.zoneOf === undefined ? {} : { zoneOf: ctx.zoneOf }),
        })
        const placedV = place(v.problems).map(({ p, key }) => placed(p, row, columnName(key)))
        if (placedV.some((p) => p.severity === "error")) {
          invalid.push({ row, problems: placedV })
          onRow?.()
          continue
        }
        line = v.line
        // The warnings of the valued line (a confirmed line is no longer unvalued), then valuation's flags.
        const after = Contributions.Validation.check(line, ctx)
        warnings.splice(0, warnings.length, ...place(after).map(({ p, key }) => placed(p, row, columnName(key))))
        warnings.push(...placedV)
      }
      valid.push({ row, line, warnings })
    }
    onRow?.()
  }
  return { valid, invalid, file }
}
