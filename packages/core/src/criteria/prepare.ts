/** Pack preparation: a validated pack flattened once into an evaluable form, with thresholds cached per column. */
import type { IsoDate } from "../shared/IsoDate.ts"
import type { LocalizedText } from "../shared/LocalizedText.ts"
import { ALL } from "./Column.ts"
import type { AppliedThreshold, CriterionResult, IndicatorResult } from "./Evaluation.ts"
import type { IndicatorKind } from "./Indicator.ts"
import { type FlatThreshold, flatThreshold } from "./judge.ts"
import type { MissingItem } from "./Missing.ts"
import type { ValidPack } from "./Pack.ts"
import { isProvisional } from "./Source.ts"
import { inForce, type Threshold } from "./Threshold.ts"

/** One indicator of a prepared pack. */
export interface PreparedIndicator {
  readonly code: string
  readonly criterion: string
  readonly name: LocalizedText
  readonly kind: IndicatorKind
  readonly cells: ReadonlyArray<Threshold>
}

/** One criterion of a prepared pack: its indicators are the index range [from, to). */
export interface PreparedCriterion {
  readonly code: string
  readonly name: LocalizedText
  readonly critical: boolean
  readonly complete: boolean
  /** Indicator index range [from, to) in `indicators`. */
  readonly from: number
  readonly to: number
  /** Codes of all its indicators (shared by every passing result). */
  readonly codes: ReadonlyArray<string>
  readonly incompleteItem: MissingItem
  /** Results already built for this criterion, by verdict key (see `criterionResult`); shared and frozen. */
  readonly results: Array<CriterionResult | undefined>
}

/**
 * What one indicator looks like for one (column, year, date bucket): the cell chosen, the applied-threshold record,
 * and the results and missing items that do not depend on the value (shared by every commune, never mutated).
 */
export interface Slot extends FlatThreshold {
  readonly code: string
  readonly criterion: string
  readonly name: LocalizedText
  readonly cell: Threshold | undefined
  readonly applied: AppliedThreshold | undefined
  readonly provisional: boolean
  readonly withoutValue: IndicatorResult
  readonly missing: MissingItem
}

/**
 * A pack pre-resolved into a flat evaluable form: indicators in one array, criteria as index ranges, and a cache
 * of the threshold chosen per (column, year, date bucket). Prepare once, evaluate many communes.
 */
export interface Evaluable {
  /** The pack it was prepared from. */
  readonly pack: ValidPack
  /** @internal Every indicator of the pack, flattened in criterion order. */
  readonly indicators: ReadonlyArray<PreparedIndicator>
  /** @internal Every criterion as an index range into `indicators`. */
  readonly criteria: ReadonlyArray<PreparedCriterion>
  /** The missing item of every criterion whose indicator list is incomplete, in criterion order. */
  readonly incomplete: ReadonlyArray<MissingItem>
  /** Sorted distinct effective-date boundaries of all cells: dates between two boundaries choose alike. */
  readonly boundaries: ReadonlyArray<string>
  /** @internal The chosen threshold of every indicator per (column, year, date bucket), filled as communes are evaluated. */
  readonly cache: Map<string, ReadonlyArray<Slot>>
}

/**
 * Flattens a validated pack for evaluation.
 *
 * @example
 * ```ts
 * import { evaluate, prepare } from "@ntm/core/criteria"
 * import { demoInput, laoCaiDemoMeasurements, laoCaiDemoNtmPack } from "@ntm/core/demo"
 * // Prepare once, evaluate many communes: the same results as evaluating the pack itself
 * const ntm = prepare(laoCaiDemoNtmPack)
 * const results = laoCaiDemoMeasurements.map((m) => evaluate(ntm, demoInput(m)))
 * results[0] // => evaluate(laoCaiDemoNtmPack, demoInput(laoCaiDemoMeasurements[0]!))
 * ```
 */
export const prepare = (pack: ValidPack): Evaluable => {
  const indicators: Array<PreparedIndicator> = []
  const criteria: Array<PreparedCriterion> = []
  const bounds = new Set<string>()
  for (const c of pack.criteria) {
    const from = indicators.length
    for (const i of c.indicators) {
      indicators.push({ code: i.code, criterion: c.code, name: i.name, kind: i.kind, cells: i.thresholds })
      for (const t of i.thresholds) {
        if (t.effectiveFrom !== undefined) bounds.add(t.effectiveFrom)
        if (t.effectiveTo !== undefined) bounds.add(t.effectiveTo)
      }
    }
    criteria.push({
      code: c.code,
      name: c.name,
      critical: c.critical === true,
      complete: c.indicatorsComplete,
      from,
      to: indicators.length,
      codes: c.indicators.map((i) => i.code),
      incompleteItem: { kind: "indicator-list", criterion: c.code },
      results: [],
    })
  }
  const incomplete = criteria.filter((c) => !c.complete).map((c) => c.incompleteItem)
  return { pack, indicators, criteria, incomplete, boundaries: [...bounds].sort(), cache: new Map() }
}

/** The cell for a column, year and date: own column before `"all"`, the exact year before a year-less cell. */
const selectCell = (
  cells: ReadonlyArray<Threshold>,
  column: string | undefined,
  year: number,
  date: IsoDate,
): Threshold | undefined => {
  let best: Threshold | undefined
  let bestRank = 4
  for (const cell of cells) {
    if (!inForce(cell, date)) continue
    let rank: number
    if (column !== undefined && cell.column === column) rank = 0
    else if (cell.column === ALL) rank = 2
    else continue
    if (cell.year === undefined) rank += 1
    else if (cell.year !== year) continue
    if (rank < bestRank) {
      best = cell
      bestRank = rank
    }
  }
  return best
}

const slotFor = (ind: PreparedIndicator, cell: Threshold | undefined, column: string | undefined): Slot => {
  if (cell === undefined)
    return {
      code: ind.code,
      criterion: ind.criterion,
      name: ind.name,
      test: -1,
      limit: 0,
      dong: 0n,
      mandatory: false,
      cell,
      applied: undefined,
      provisional: false,
      withoutValue: {
        indicator: ind.code,
        criterion: ind.criterion,
        name: ind.name,
        outcome: "indeterminate",
        provisional: false,
        reason: "no-threshold",
      },
      missing: { kind: "threshold", criterion: ind.criterion, indicator: ind.code, columns: [column ?? "?"] },
    }
  const applied: AppliedThreshold =
    cell.year === undefined
      ? { column: cell.column, value: cell.value, status: cell.status, source: cell.source }
      : { column: cell.column, year: cell.year, value: cell.value, status: cell.status, source: cell.source }
  const provisional = isProvisional(cell.status)
  // Fields written out (no spread) so every slot shares one hidden class.
  const flat = flatThreshold(cell.value)
  return {
    code: ind.code,
    criterion: ind.criterion,
    name: ind.name,
    test: flat.test,
    limit: flat.limit,
    dong: flat.dong,
    mandatory: flat.mandatory,
    cell,
    applied,
    provisional,
    withoutValue: {
      indicator: ind.code,
      criterion: ind.criterion,
      name: ind.name,
      outcome: "indeterminate",
      provisional,
      reason: "no-value",
      applied,
    },
    missing: { kind: "value", criterion: ind.criterion, indicator: ind.code },
  }
}

/** The slots of every indicator for a column, year and date, computed once per date bucket and cached. */
export const slotsFor = (
  e: Evaluable,
  column: string | undefined,
  year: number,
  date: IsoDate,
): ReadonlyArray<Slot> => {
  let bucket = 0
  while (bucket < e.boundaries.length && (e.boundaries[bucket] as string) <= date) bucket++
  const key = `${column ?? ""}|${year}|${bucket}`
  let slots = e.cache.get(key)
  if (slots === undefined) {
    slots = e.indicators.map((i) => slotFor(i, selectCell(i.cells, column, year, date), column))
    e.cache.set(key, slots)
  }
  return slots
}
