/** Pack and overlay validation: every problem with its path — schema errors and the rules a Schema cannot state. */
import { Schema } from "effect"
import { decodeAll, error, type Path, type Problem, warning } from "../shared/Problem.ts"
import { applyOverlays } from "./applyOverlays.ts"
import { ALL, applicableColumns, ColumnScheme, columnIds, NATIONAL } from "./Column.ts"
import type { MissingItem } from "./Missing.ts"
import { missingInPack } from "./missingInPack.ts"
import { type Overlay, Overlay as OverlaySchema, unsafeValidOverlay, type ValidOverlay } from "./Overlay.ts"
import { Pack, unsafeValid, type ValidPack } from "./Pack.ts"
import { isAtLeastAsStrict, type Threshold, ThresholdValue } from "./Threshold.ts"

/** Result of validating a pack: the valid pack with its warnings and what is still missing, or every problem. */
export type PackValidation =
  | {
      readonly ok: true
      readonly pack: ValidPack
      readonly warnings: ReadonlyArray<Problem>
      readonly missing: ReadonlyArray<MissingItem>
    }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }

/** Result of validating an overlay against its base pack. */
export type OverlayValidation =
  | {
      readonly ok: true
      readonly overlay: ValidOverlay
      readonly warnings: ReadonlyArray<Problem>
      /** What the base pack with this overlay applied still lacks. */
      readonly missing: ReadonlyArray<MissingItem>
    }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }

type Raw = Readonly<Record<string, unknown>>
const rec = (u: unknown): Raw | undefined =>
  typeof u === "object" && u !== null && !Array.isArray(u) ? (u as Raw) : undefined
const arr = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : [])
const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined)
const decodeValue = Schema.decodeUnknownOption(ThresholdValue)
const decodeScheme = Schema.decodeUnknownOption(ColumnScheme)

/** Checks a reference's source ids against the source table. */
const checkSourceRef = (ref: unknown, path: Path, known: ReadonlySet<string>, out: Array<Problem>): void => {
  arr(rec(ref)?.ids).forEach((id, i) => {
    if (typeof id === "string" && !known.has(id))
      out.push(error([...path, "ids", i], "pack.unknown-source", `source "${id}" is not in the source table`))
  })
}

/** Checks a list of threshold cells of one indicator of kind `kind`. */
const checkCells = (
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

/** The semantic rules of a pack, checked on the raw input so they run even where the Schema also fails. */
const packRules = (input: unknown): Array<Problem> => {
  const out: Array<Problem> = []
  const pack = rec(input)
  if (pack === undefined) return out
  const sources = new Set<string>()
  arr(pack.sources).forEach((s, i) => {
    const id = str(rec(s)?.id)
    if (id === undefined) return
    if (sources.has(id))
      out.push(error(["sources", i, "id"], "pack.duplicate-source", `source id "${id}" appears twice`))
    sources.add(id)
  })
  const scheme = decodeScheme(pack.columns)
  const columns = scheme._tag === "Some" ? new Set(columnIds(scheme.value)) : undefined
  const period = rec(pack.period)
  const ctx = {
    sources,
    columns,
    ...(typeof period?.from === "number" && typeof period.to === "number"
      ? { period: { from: period.from, to: period.to } }
      : {}),
  }
  arr(pack.legalBasis).forEach((b, i) => {
    checkSourceRef(rec(rec(b)?.provenance)?.source, ["legalBasis", i, "provenance", "source"], sources, out)
  })
  const criterionCodes = new Map<string, number>()
  const indicatorCodes = new Map<string, string>()
  let indicatorCount = 0
  arr(pack.criteria).forEach((c, ci) => {
    const crit = rec(c)
    if (crit === undefined) return
    const cp: Path = ["criteria", ci]
    const code = str(crit.code)
    if (code !== undefined) {
      const first = criterionCodes.get(code)
      if (first !== undefined)
        out.push(
          error(
            [...cp, "code"],
            "pack.duplicate-criterion",
            `criterion code "${code}" is already used by criteria[${first}]`,
          ),
        )
      else criterionCodes.set(code, ci)
    }
    checkSourceRef(rec(crit.provenance)?.source, [...cp, "provenance", "source"], sources, out)
    const inds = arr(crit.indicators)
    if (crit.indicatorsComplete === true && inds.length === 0)
      out.push(
        error([...cp, "indicators"], "pack.empty-criterion", "a criterion marked complete must list its indicators"),
      )
    inds.forEach((x, ii) => {
      const ind = rec(x)
      if (ind === undefined) return
      indicatorCount++
      const ip: Path = [...cp, "indicators", ii]
      const icode = str(ind.code)
      if (icode !== undefined) {
        const first = indicatorCodes.get(icode)
        if (first !== undefined)
          out.push(
            error([...ip, "code"], "pack.duplicate-indicator", `indicator code "${icode}" is already used at ${first}`),
          )
        else indicatorCodes.set(icode, `criteria[${ci}].indicators[${ii}]`)
      }
      checkSourceRef(rec(ind.provenance)?.source, [...ip, "provenance", "source"], sources, out)
      checkCells(arr(ind.thresholds), [...ip, "thresholds"], str(ind.kind), ctx, out)
    })
  })
  const declared = rec(pack.declared)
  if (typeof declared?.criteria === "number" && criterionCodes.size > declared.criteria)
    out.push(
      error(
        ["criteria"],
        "pack.more-than-declared",
        `the pack has ${criterionCodes.size} criteria but declares ${declared.criteria}`,
      ),
    )
  if (typeof declared?.indicators === "number" && indicatorCount > declared.indicators)
    out.push(
      error(
        ["criteria"],
        "pack.more-than-declared",
        `the pack has ${indicatorCount} indicators but declares ${declared.indicators}`,
      ),
    )
  return out
}

/**
 * Validates a pack read from a file or written in code. Reports every problem with its path — Schema errors
 * (missing source, wrong kind literal, …) and the pack rules (duplicate codes, threshold kind differing from its
 * indicator's kind, unknown source id or column, overlapping cells, year outside the period). On success it also
 * lists what is still missing (absent thresholds, incomplete indicator lists).
 *
 * @example
 * const r = validatePack(JSON.parse(text))
 * if (!r.ok) for (const p of r.problems) console.log(formatProblem(p))
 */
export const validatePack = (input: unknown): PackValidation => {
  const decoded = decodeAll(Pack)(input)
  const problems = [...(decoded.ok ? [] : decoded.problems), ...packRules(input)]
  if (!decoded.ok || problems.some((p) => p.severity === "error")) return { ok: false, problems }
  const pack = unsafeValid(decoded.value)
  return { ok: true, pack, warnings: problems, missing: missingInPack(pack) }
}

/** The base cell a commune in `column` would be judged against for `year`, ignoring dates (own column first). */
const baseCellFor = (
  base: ReadonlyArray<Threshold>,
  column: string,
  year: number | undefined,
): Threshold | undefined => {
  let best: Threshold | undefined
  let bestRank = 4
  for (const b of base) {
    if (b.year !== undefined && b.year !== year) continue
    const rank = (b.column === column ? 0 : b.column === ALL ? 2 : 4) + (b.year === undefined ? 1 : 0)
    if (rank < bestRank) {
      best = b
      bestRank = rank
    }
  }
  return best
}

/**
 * Warns where an overlay would loosen the base pack: per applicable column (the province's region when given),
 * the overlay's effective value is compared with the base's effective value, year by year.
 */
const loosening = (
  cells: ReadonlyArray<{ cell: unknown; i: number }>,
  code: string,
  base: ReadonlyArray<Threshold>,
  columns: ReadonlyArray<string>,
  out: Array<Problem>,
): void => {
  const decoded = cells.flatMap(({ cell, i }) => {
    const c = rec(cell)
    const value = decodeValue(c?.value)
    const column = str(c?.column)
    const year = typeof c?.year === "number" ? c.year : undefined
    return value._tag === "Some" && column !== undefined && column !== NATIONAL
      ? [{ i, column, year, value: value.value }]
      : []
  })
  const looser = new Map<number, Array<string>>()
  for (const year of new Set(decoded.map((d) => d.year))) {
    const mine = decoded.filter((d) => d.year === year)
    for (const column of columns) {
      const o = mine.find((d) => d.column === column) ?? mine.find((d) => d.column === ALL)
      const b = baseCellFor(base, column, year)
      if (o !== undefined && b !== undefined && isAtLeastAsStrict(o.value, b.value) === false)
        looser.set(o.i, [...(looser.get(o.i) ?? []), column])
    }
  }
  for (const [i, cols] of looser)
    out.push(
      warning(
        ["thresholds", i, "value"],
        "overlay.loosens-national",
        `looser than the base pack's value for "${code}" in column ${cols.join(", ")} (the "provinces may only tighten" rule is not yet confirmed in the primary text)`,
      ),
    )
}

/** The semantic rules of an overlay against its base pack, on the raw input. */
const overlayRules = (input: unknown, base: ValidPack): Array<Problem> => {
  const out: Array<Problem> = []
  const o = rec(input)
  if (o === undefined) return out
  const baseId = str(o.base)
  if (baseId !== undefined && baseId !== base.id)
    out.push(
      error(["base"], "overlay.base-mismatch", `overlay is for "${baseId}" but was checked against "${base.id}"`),
    )
  const sources = new Set(base.sources.map((s) => s.id))
  arr(o.sources).forEach((s, i) => {
    const src = rec(s)
    const id = str(src?.id)
    if (id === undefined) return
    const inBase = base.sources.find((b) => b.id === id)
    if (inBase !== undefined && inBase.description !== src?.description)
      out.push(
        error(
          ["sources", i, "id"],
          "overlay.source-conflict",
          `source id "${id}" means something else in the base pack`,
        ),
      )
    sources.add(id)
  })
  const kinds = new Map<string, string>()
  const baseCells = new Map<string, ReadonlyArray<Threshold>>()
  const criteria = new Set(base.criteria.map((c) => c.code))
  for (const c of base.criteria)
    for (const i of c.indicators) {
      kinds.set(i.code, i.kind)
      baseCells.set(i.code, i.thresholds)
    }
  arr(o.addIndicators).forEach((a, i) => {
    const add = rec(a)
    const crit = str(add?.criterion)
    if (crit !== undefined && !criteria.has(crit))
      out.push(
        error(
          ["addIndicators", i, "criterion"],
          "overlay.unknown-criterion",
          `criterion "${crit}" is not in the base pack`,
        ),
      )
    const ind = rec(add?.indicator)
    const code = str(ind?.code)
    if (code === undefined) return
    if (kinds.has(code))
      out.push(
        error(
          ["addIndicators", i, "indicator", "code"],
          "pack.duplicate-indicator",
          `indicator code "${code}" already exists`,
        ),
      )
    else kinds.set(code, str(ind?.kind) ?? "")
    checkSourceRef(
      rec(ind?.provenance)?.source,
      ["addIndicators", i, "indicator", "provenance", "source"],
      sources,
      out,
    )
    checkCells(
      arr(ind?.thresholds),
      ["addIndicators", i, "indicator", "thresholds"],
      str(ind?.kind),
      { sources, columns: new Set(columnIds(base.columns)), period: base.period },
      out,
    )
  })
  arr(o.completeCriteria).forEach((c, i) => {
    const crit = str(rec(c)?.criterion)
    if (crit !== undefined && !criteria.has(crit))
      out.push(
        error(
          ["completeCriteria", i, "criterion"],
          "overlay.unknown-criterion",
          `criterion "${crit}" is not in the base pack`,
        ),
      )
    checkSourceRef(rec(c)?.source, ["completeCriteria", i, "source"], sources, out)
  })
  const columns = new Set(columnIds(base.columns))
  const kind = str(o.kind)
  const region = str(rec(o.province)?.region)
  const cells = arr(o.thresholds)
  const byIndicator = new Map<string, Array<{ cell: unknown; i: number }>>()
  cells.forEach((c, i) => {
    const cell = rec(c)
    if (cell === undefined) return
    const p: Path = ["thresholds", i]
    const code = str(cell.indicator)
    if (code !== undefined && !kinds.has(code))
      out.push(
        error(
          [...p, "indicator"],
          "overlay.unknown-indicator",
          `indicator "${code}" is neither in the base pack nor added`,
        ),
      )
    const status = str(cell.status)
    if (kind === "fill-in" && status !== undefined && status !== "operator-fill-in" && status !== "demo-fill-in")
      out.push(
        error(
          [...p, "status"],
          "overlay.fill-in-status",
          'a fill-in value must have status "operator-fill-in" or "demo-fill-in"',
        ),
      )
    if (code !== undefined) byIndicator.set(code, [...(byIndicator.get(code) ?? []), { cell, i }])
  })
  const applicable = region !== undefined ? [region] : applicableColumns(base.columns)
  for (const [code, list] of byIndicator) loosening(list, code, baseCells.get(code) ?? [], applicable, out)
  for (const [code, list] of byIndicator)
    checkCells(
      list.map((x) => x.cell),
      ["thresholds"],
      kinds.get(code),
      { sources, columns, period: base.period },
      out,
      (j) => ["thresholds", list[j]?.i ?? j],
    )
  return out
}

/**
 * Validates an overlay (provincial set or fill-in) against the pack it applies to; on success it also lists what the
 * pack with the overlay applied still lacks. Loosening a base value is a
 * warning (`overlay.loosens-national`), never silently accepted and never an error until the primary text
 * confirms the rule.
 *
 * @example
 * const r = validateOverlay(JSON.parse(text), qd318PhuLucI)
 */
export const validateOverlay = (input: unknown, base: ValidPack): OverlayValidation => {
  const decoded = decodeAll(OverlaySchema)(input)
  const problems = [...(decoded.ok ? [] : decoded.problems), ...overlayRules(input, base)]
  if (!decoded.ok || problems.some((p) => p.severity === "error")) return { ok: false, problems }
  const overlay = unsafeValidOverlay(decoded.value as Overlay)
  return { ok: true, overlay, warnings: problems, missing: missingInPack(applyOverlays(base, [overlay])) }
}
