/** Overlay validation against its base pack: every problem with its path; loosening a base value is a warning. */
import { decodeAll, error, type Path, type Problem, warning } from "../shared/Problem.ts"
import { applyOverlays } from "./applyOverlays.ts"
import { ALL, applicableColumns, columnIds, NATIONAL } from "./Column.ts"
import type { MissingItem } from "./Missing.ts"
import { missingInPack } from "./missingInPack.ts"
import { type Overlay, Overlay as OverlaySchema, unsafeValidOverlay, type ValidOverlay } from "./Overlay.ts"
import type { ValidPack } from "./Pack.ts"
import { arr, checkCells, checkSourceRef, decodeValue, rec, str } from "./rawChecks.ts"
import { isAtLeastAsStrict, type Threshold } from "./Threshold.ts"

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
 * ```ts
 * import { encodeOverlay, validateOverlay } from "@ntm/core/criteria"
 * import { laoCaiDemoNtmFillIn, laoCaiNtmBase } from "@ntm/core/demo"
 * const r = validateOverlay(JSON.parse(JSON.stringify(encodeOverlay(laoCaiDemoNtmFillIn))), laoCaiNtmBase)
 * r.ok && r.overlay.id // => laoCaiDemoNtmFillIn.id
 * validateOverlay({ format: "ntm-overlay/1" }, laoCaiNtmBase).ok // => false
 * ```
 */
export const validateOverlay = (input: unknown, base: ValidPack): OverlayValidation => {
  const decoded = decodeAll(OverlaySchema)(input)
  const problems = [...(decoded.ok ? [] : decoded.problems), ...overlayRules(input, base)]
  if (!decoded.ok || problems.some((p) => p.severity === "error")) return { ok: false, problems }
  const overlay = unsafeValidOverlay(decoded.value as Overlay)
  return { ok: true, overlay, warnings: problems, missing: missingInPack(applyOverlays(base, [overlay])) }
}
