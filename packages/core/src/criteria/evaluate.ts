/** Commune evaluation: a pure, deterministic, total judgement of measured values against a validated pack. */
import type { IsoDate } from "../shared/IsoDate.ts"
import type { LocalizedText } from "../shared/LocalizedText.ts"
import { ALL } from "./Column.ts"
import type { AppliedThreshold, CriterionResult, Evaluation, Gap, IndicatorResult, Outcome } from "./Evaluation.ts"
import type { IndicatorKind } from "./Indicator.ts"
import type { EvaluationInput, Measured } from "./Measured.ts"
import type { MissingItem } from "./Missing.ts"
import type { ValidPack } from "./Pack.ts"
import { isProvisional } from "./Source.ts"
import { inForce, type Threshold, type ThresholdValue } from "./Threshold.ts"
import { thresholdColumn } from "./thresholdColumn.ts"

interface PreparedIndicator {
  readonly code: string
  readonly criterion: string
  readonly name: LocalizedText
  readonly kind: IndicatorKind
  readonly cells: ReadonlyArray<Threshold>
}

interface PreparedCriterion {
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
}

/**
 * What one indicator looks like for one (column, year, date bucket): the cell chosen, the applied-threshold record,
 * and the results and missing items that do not depend on the value (shared by every commune, never mutated).
 */
interface Slot {
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
  readonly pack: ValidPack
  readonly indicators: ReadonlyArray<PreparedIndicator>
  readonly criteria: ReadonlyArray<PreparedCriterion>
  /** Sorted distinct effective-date boundaries of all cells: dates between two boundaries choose alike. */
  readonly boundaries: ReadonlyArray<string>
  readonly cache: Map<string, ReadonlyArray<Slot>>
}

/**
 * Flattens a validated pack for evaluation.
 *
 * @example
 * const e = prepare(applyOverlays(qd318PhuLucI, [fillIn]))
 * const results = communes.map((c) => evaluate(e, c))
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
    })
  }
  return { pack, indicators, criteria, boundaries: [...bounds].sort(), cache: new Map() }
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
  return {
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

const slotsFor = (e: Evaluable, column: string | undefined, year: number, date: IsoDate): ReadonlyArray<Slot> => {
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

const NONE: ReadonlyArray<string> = []
const PASS = { pass: true } as const

const round2 = (x: number): number => Math.round(x * 100) / 100

/** Judges a value against a threshold; `undefined` when the value's kind does not fit the threshold. */
const judge = (t: ThresholdValue, v: Measured): { pass: boolean; gap?: Gap } | undefined => {
  switch (t.kind) {
    case "pass-fail":
      if (v.kind !== "boolean") return undefined
      return v.value ? PASS : { pass: false, gap: { kind: "must-be-met" } }
    case "min-percent":
      if (v.kind !== "percent") return undefined
      return v.value >= t.min
        ? PASS
        : { pass: false, gap: { kind: "percentage-points", direction: "raise", points: round2(t.min - v.value) } }
    case "max-percent":
      if (v.kind !== "percent") return undefined
      return v.value <= t.max
        ? PASS
        : { pass: false, gap: { kind: "percentage-points", direction: "lower", points: round2(v.value - t.max) } }
    case "min-amount":
      if (v.kind !== "amount") return undefined
      return v.dong >= t.min ? PASS : { pass: false, gap: { kind: "amount", dong: t.min - v.dong } }
    case "min-score":
      if (v.kind !== "score") return undefined
      if (v.points < t.min) return { pass: false, gap: { kind: "score-points", points: round2(t.min - v.points) } }
      if (t.requiresMandatoryItems && !v.mandatoryItemsMet) return { pass: false, gap: { kind: "mandatory-items" } }
      return PASS
  }
}

/**
 * Evaluates one commune against a validated pack (or its prepared form). Pure, deterministic and total: a missing
 * value, an absent threshold or a value of the wrong kind makes the indicator indeterminate, never an exception.
 * A result resting on a threshold not verified against the primary text is provisional; with `strict` it counts
 * as indeterminate. A criterion fails when any indicator fails, passes when its indicator list is complete and
 * every indicator passes, and is indeterminate otherwise.
 *
 * @example
 * const ev = evaluate(qd318PhuLucI, {
 *   commune: { code: unitCode("02662"), region: "TDMNPB", classifications: [] },
 *   year: 2024, date: isoDate("2024-12-31"),
 *   values: { "3.1": { kind: "percent", value: 75.5 } },
 * })
 * ev.indicators[0]?.gap // { kind: "percentage-points", direction: "raise", points: 4.5 }
 */
export const evaluate = (packOrPrepared: ValidPack | Evaluable, input: EvaluationInput): Evaluation => {
  const e = "cache" in packOrPrepared ? packOrPrepared : prepare(packOrPrepared)
  const pack = e.pack
  const strict = input.strict === true
  const choice = thresholdColumn(pack.columns, input.commune, input.date)
  const slots = slotsFor(e, choice.column, input.year, input.date)
  const missing: Array<MissingItem> = []
  if (choice.column === undefined) missing.push({ kind: "column" })
  const n = e.indicators.length
  const indicators: Array<IndicatorResult> = []
  for (let k = 0; k < n; k++) {
    const ind = e.indicators[k] as PreparedIndicator
    const slot = slots[k] as Slot
    const value = input.values[ind.code]
    if (value === undefined) {
      missing.push(slot.missing)
      indicators.push(slot.withoutValue)
      continue
    }
    const cell = slot.cell
    const applied = slot.applied
    if (cell === undefined || applied === undefined) {
      missing.push(slot.missing)
      indicators.push({
        indicator: ind.code,
        criterion: ind.criterion,
        name: ind.name,
        outcome: "indeterminate",
        provisional: false,
        reason: "no-threshold",
        value,
      })
      continue
    }
    const verdict = judge(cell.value, value)
    if (verdict === undefined) {
      missing.push(slot.missing)
      indicators.push({
        indicator: ind.code,
        criterion: ind.criterion,
        name: ind.name,
        outcome: "indeterminate",
        provisional: slot.provisional,
        reason: "wrong-value-kind",
        value,
        applied,
      })
    } else if (strict && slot.provisional) {
      indicators.push({
        indicator: ind.code,
        criterion: ind.criterion,
        name: ind.name,
        outcome: "indeterminate",
        provisional: true,
        reason: "provisional-in-strict-mode",
        value,
        applied,
      })
    } else if (verdict.gap === undefined) {
      indicators.push({
        indicator: ind.code,
        criterion: ind.criterion,
        name: ind.name,
        outcome: verdict.pass ? "pass" : "fail",
        provisional: slot.provisional,
        value,
        applied,
      })
    } else {
      indicators.push({
        indicator: ind.code,
        criterion: ind.criterion,
        name: ind.name,
        outcome: verdict.pass ? "pass" : "fail",
        provisional: slot.provisional,
        value,
        applied,
        gap: verdict.gap,
      })
    }
  }
  const criteria: Array<CriterionResult> = []
  let met = 0
  let failed = 0
  let indeterminate = 0
  let provisionalCount = 0
  for (let c = 0; c < e.criteria.length; c++) {
    const crit = e.criteria[c] as PreparedCriterion
    let failing: Array<string> | undefined
    let open: Array<string> | undefined
    let failingAllProvisional = true
    let anyProvisional = false
    for (let k = crit.from; k < crit.to; k++) {
      const r = indicators[k] as IndicatorResult
      if (r.outcome === "fail") {
        if (failing === undefined) failing = []
        failing.push(r.indicator)
        if (!r.provisional) failingAllProvisional = false
      } else if (r.outcome === "indeterminate") {
        if (open === undefined) open = []
        open.push(r.indicator)
      } else if (r.provisional) anyProvisional = true
    }
    if (!crit.complete) missing.push(crit.incompleteItem)
    const outcome: Outcome =
      failing !== undefined ? "fail" : open !== undefined || !crit.complete ? "indeterminate" : "pass"
    const provisional = outcome === "fail" ? failingAllProvisional : outcome === "pass" ? anyProvisional : false
    if (outcome === "pass") met++
    else if (outcome === "fail") failed++
    else indeterminate++
    if (provisional) provisionalCount++
    criteria.push({
      criterion: crit.code,
      name: crit.name,
      outcome,
      provisional,
      critical: crit.critical,
      deciding: failing ?? open ?? (outcome === "pass" ? crit.codes : NONE),
      incomplete: !crit.complete,
    })
  }
  const total = e.criteria.length
  const standard: Outcome = total > 0 && met === total ? "pass" : failed > 0 ? "fail" : "indeterminate"
  return {
    packId: pack.id,
    family: pack.family,
    level: pack.level,
    tier: pack.tier,
    commune: input.commune.code,
    year: input.year,
    date: input.date,
    strict,
    column: { ...(choice.column === undefined ? {} : { id: choice.column }), reason: choice.reason },
    indicators,
    criteria,
    summary: { total, met, failed, indeterminate, provisional: provisionalCount, standard },
    missing,
  }
}
