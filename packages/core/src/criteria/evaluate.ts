/** Commune evaluation: a pure, deterministic, total judgement of measured values against a validated pack. */
import type { CriterionResult, Evaluation, IndicatorResult, Outcome } from "./Evaluation.ts"
import { judge } from "./judge.ts"
import type { EvaluationInput } from "./Measured.ts"
import type { MissingItem } from "./Missing.ts"
import type { ValidPack } from "./Pack.ts"
import {
  type Evaluable,
  type PreparedCriterion,
  type PreparedIndicator,
  prepare,
  type Slot,
  slotsFor,
} from "./prepare.ts"
import { thresholdColumn } from "./thresholdColumn.ts"

const NONE: ReadonlyArray<string> = []

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
