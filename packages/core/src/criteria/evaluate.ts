/** Commune evaluation: a pure, deterministic, total judgement of measured values against a validated pack. */
import type { IsoDate } from "../shared/IsoDate.ts"
import type { LocalizedText } from "../shared/LocalizedText.ts"
import { ALL } from "./Column.ts"
import type { CriterionResult, Evaluation, Gap, IndicatorResult, Outcome } from "./Evaluation.ts"
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
  readonly cache: Map<string, ReadonlyArray<Threshold | undefined>>
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

const cellsFor = (e: Evaluable, column: string | undefined, year: number, date: IsoDate) => {
  let bucket = 0
  while (bucket < e.boundaries.length && (e.boundaries[bucket] as string) <= date) bucket++
  const key = `${column ?? ""}|${year}|${bucket}`
  let cells = e.cache.get(key)
  if (cells === undefined) {
    cells = e.indicators.map((i) => selectCell(i.cells, column, year, date))
    e.cache.set(key, cells)
  }
  return cells
}

const round2 = (x: number): number => Math.round(x * 100) / 100

/** Judges a value against a threshold; `undefined` when the value's kind does not fit the threshold. */
const judge = (t: ThresholdValue, v: Measured): { pass: boolean; gap?: Gap } | undefined => {
  switch (t.kind) {
    case "pass-fail":
      if (v.kind !== "boolean") return undefined
      return v.value ? { pass: true } : { pass: false, gap: { kind: "must-be-met" } }
    case "min-percent":
      if (v.kind !== "percent") return undefined
      return v.value >= t.min
        ? { pass: true }
        : { pass: false, gap: { kind: "percentage-points", direction: "raise", points: round2(t.min - v.value) } }
    case "max-percent":
      if (v.kind !== "percent") return undefined
      return v.value <= t.max
        ? { pass: true }
        : { pass: false, gap: { kind: "percentage-points", direction: "lower", points: round2(v.value - t.max) } }
    case "min-amount":
      if (v.kind !== "amount") return undefined
      return v.dong >= t.min ? { pass: true } : { pass: false, gap: { kind: "amount", dong: t.min - v.dong } }
    case "min-score":
      if (v.kind !== "score") return undefined
      if (v.points < t.min) return { pass: false, gap: { kind: "score-points", points: round2(t.min - v.points) } }
      if (t.requiresMandatoryItems && !v.mandatoryItemsMet) return { pass: false, gap: { kind: "mandatory-items" } }
      return { pass: true }
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
  const cells = cellsFor(e, choice.column, input.year, input.date)
  const missing: Array<MissingItem> = []
  if (choice.column === undefined) missing.push({ kind: "column" })
  const indicators: Array<IndicatorResult> = new Array(e.indicators.length)
  for (let k = 0; k < e.indicators.length; k++) {
    const ind = e.indicators[k] as PreparedIndicator
    const cell = cells[k]
    const value = input.values[ind.code]
    const base = { indicator: ind.code, criterion: ind.criterion, name: ind.name }
    if (cell === undefined) {
      missing.push({
        kind: "threshold",
        criterion: ind.criterion,
        indicator: ind.code,
        columns: [choice.column ?? "?"],
      })
      indicators[k] = {
        ...base,
        outcome: "indeterminate",
        provisional: false,
        reason: "no-threshold",
        ...(value === undefined ? {} : { value }),
      }
      continue
    }
    const applied = {
      column: cell.column,
      ...(cell.year === undefined ? {} : { year: cell.year }),
      value: cell.value,
      status: cell.status,
      source: cell.source,
    }
    const provisional = isProvisional(cell.status)
    const verdict = value === undefined ? undefined : judge(cell.value, value)
    if (value === undefined || verdict === undefined) {
      missing.push({ kind: "value", criterion: ind.criterion, indicator: ind.code })
      indicators[k] = {
        ...base,
        outcome: "indeterminate",
        provisional,
        reason: value === undefined ? "no-value" : "wrong-value-kind",
        applied,
        ...(value === undefined ? {} : { value }),
      }
      continue
    }
    if (strict && provisional) {
      indicators[k] = {
        ...base,
        outcome: "indeterminate",
        provisional,
        reason: "provisional-in-strict-mode",
        value,
        applied,
      }
      continue
    }
    indicators[k] = {
      ...base,
      outcome: verdict.pass ? "pass" : "fail",
      provisional,
      value,
      applied,
      ...(verdict.gap === undefined ? {} : { gap: verdict.gap }),
    }
  }
  const criteria: Array<CriterionResult> = new Array(e.criteria.length)
  let met = 0
  let failed = 0
  let indeterminate = 0
  let provisionalCount = 0
  for (let c = 0; c < e.criteria.length; c++) {
    const crit = e.criteria[c] as PreparedCriterion
    const failing: Array<string> = []
    const open: Array<string> = []
    const all: Array<string> = []
    let failingAllProvisional = true
    let anyProvisional = false
    for (let k = crit.from; k < crit.to; k++) {
      const r = indicators[k] as IndicatorResult
      all.push(r.indicator)
      if (r.outcome === "fail") {
        failing.push(r.indicator)
        if (!r.provisional) failingAllProvisional = false
      } else if (r.outcome === "indeterminate") open.push(r.indicator)
      else if (r.provisional) anyProvisional = true
    }
    if (!crit.complete) missing.push({ kind: "indicator-list", criterion: crit.code })
    const outcome: Outcome = failing.length > 0 ? "fail" : open.length > 0 || !crit.complete ? "indeterminate" : "pass"
    const provisional = outcome === "fail" ? failingAllProvisional : outcome === "pass" ? anyProvisional : false
    if (outcome === "pass") met++
    else if (outcome === "fail") failed++
    else indeterminate++
    if (provisional) provisionalCount++
    criteria[c] = {
      criterion: crit.code,
      name: crit.name,
      outcome,
      provisional,
      critical: crit.critical,
      deciding: outcome === "fail" ? failing : outcome === "indeterminate" ? open : all,
      incomplete: !crit.complete,
    }
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
