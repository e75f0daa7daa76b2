/** Tolerant checks on raw (not yet decoded) pack and overlay JSON, so rules run even where the Schema fails. */
import { Schema } from "effect"
import { error, type Path, type Problem } from "../shared/Problem.ts"
import { ColumnScheme } from "./Column.ts"
import { ThresholdValue } from "./Threshold.ts"

export type Raw = Readonly<Record<string, unknown>>
/** The value as a record, if it is one. */
export const rec = (u: unknown): Raw | undefined =>
  typeof u === "object" && u !== null && !Array.isArray(u) ? (u as Raw) : undefined
/** The value as an array, or empty. */
export const arr = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : [])
/** The value as a string, if it is one. */
export const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined)
/** Decodes a threshold value, if it is one. */
export const decodeValue = Schema.decodeUnknownOption(ThresholdValue)
/** Decodes a column scheme, if it is one. */
export const decodeScheme = Schema.decodeUnknownOption(ColumnScheme)

/** Checks a reference's source ids against the source table. */
export const checkSourceRef = (ref: unknown, path: Path, known: ReadonlySet<string>, out: Array<Problem>): void => {
  arr(rec(ref)?.ids).forEach((id, i) => {
    if (typeof id === "string" && !known.has(id))
      out.push(error([...path, "ids", i], "pack.unknown-source", `source "${id}" is not in the source table`))
  })
}

/** Checks a list of threshold cells of one indicator of kind `kind`. */
export const checkCells = (
  cells: ReadonlyArray<unknown>,
  path: Path,
  kind: string | undefined,
  ctx: {
    sources: ReadonlySet<string>
    columns: ReadonlySet<string> | undefined
    period?: { from: number; to: number }
  },
  out: Array<Problem>,
  cellPath: (i: number) => Path = (i) => [...path, i],
): void => {
  const seen: Array<{ key: string; from: string | undefined; to: string | undefined; i: number }> = []
  cells.forEach((c, i) => {
    const cell = rec(c)
    if (cell === undefined) return
    const p = cellPath(i)
    const vkind = str(rec(cell.value)?.kind)
    if (kind !== undefined && vkind !== undefined && vkind !== kind)
      out.push(
        error([...p, "value", "kind"], "pack.kind-mismatch", `threshold is "${vkind}" but the indicator is "${kind}"`),
      )
    checkSourceRef(cell.source, [...p, "source"], ctx.sources, out)
    const column = str(cell.column)
    if (column !== undefined && ctx.columns !== undefined && !ctx.columns.has(column))
      out.push(error([...p, "column"], "pack.unknown-column", `column "${column}" is not in the pack's column scheme`))
    const year = cell.year
    if (typeof year === "number" && ctx.period !== undefined && (year < ctx.period.from || year > ctx.period.to))
      out.push(error([...p, "year"], "pack.year-outside-period", `year ${year} is outside the pack's period`))
    const from = str(cell.effectiveFrom)
    const to = str(cell.effectiveTo)
    if (from !== undefined && to !== undefined && to <= from)
      out.push(error([...p, "effectiveTo"], "pack.empty-range", "effectiveTo must be after effectiveFrom"))
    const key = `${column}|${String(year)}`
    for (const s of seen) {
      const overlap =
        (s.to === undefined || from === undefined || from < s.to) &&
        (to === undefined || s.from === undefined || s.from < to)
      if (s.key === key && overlap)
        out.push(
          error(
            p,
            "pack.duplicate-threshold",
            `two thresholds for column "${column}"${year === undefined ? "" : ` and year ${String(year)}`} are in force at the same time (see index ${s.i})`,
          ),
        )
    }
    seen.push({ key, from, to, i })
  })
}
