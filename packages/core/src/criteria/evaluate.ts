/** Commune evaluation: a pure, deterministic, total judgement of measured values against a validated pack. */
import * as CriterionResults from "./criterionResults.ts"
import type { CriterionResult, Evaluation, Outcome } from "./Evaluation.ts"
import * as IndicatorResults from "./indicatorResults.ts"
import * as Judge from "./judge.ts"
import type { EvaluationInput, Measured } from "./Measured.ts"
import type { MissingItem } from "./Missing.ts"
import type { ValidPack } from "./Pack.ts"
import { type Evaluable, type PreparedCriterion, prepare, type Slot, slotsFor } from "./prepare.ts"
import { thresholdColumn } from "./thresholdColumn.ts"

// What the per-indicator loop uses, bound once to module constants: under a module runner (vitest's, Vite's SSR)
// every read of an imported binding is a getter call, which the loop cannot afford (P1 measured ~1.3–2× slower).
const { defineIndicators, FAILED, NO_THRESHOLD, NO_VALUE, PASSED, STRICT_PROVISIONAL, WRONG_VALUE_KIND } =
  IndicatorResults
const { verdictFlat, WRONG_KIND } = Judge
const { criterionResult } = CriterionResults

/**
 * Evaluates one commune against a validated pack (or its prepared form). Pure, deterministic and total: a missing
 * value, an absent threshold or a value of the wrong kind makes the indicator indeterminate, never an exception.
 * A result resting on a threshold not verified against the primary text is provisional; with `strict` it counts
 * as indeterminate. A criterion fails when any indicator fails, passes when its indicator list is complete and
 * every indicator passes, and is indeterminate otherwise.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { evaluate, Packs } from "@ntm/core/criteria"
 * const ev = evaluate(Packs.qd318PhuLucI, {
 *   commune: { code: UnitCode.unitCode("02662"), region: "TDMNPB", classifications: [] },
 *   year: 2024,
 *   date: IsoDate.isoDate("2024-12-31"),
 *   values: { "3.1": { kind: "percent", value: 75.5 } },
 * })
 * ev.indicators.find((i) => i.indicator === "3.1")?.gap // => { kind: "percentage-points", direction: "raise", points: 4.5 }
 * ```
 */
export const evaluate = (packOrPrepared: ValidPack | Evaluable, input: EvaluationInput): Evaluation => {
  const e = "cache" in packOrPrepared ? packOrPrepared : prepare(packOrPrepared)
  const pack = e.pack
  const strict = input.strict === true
  const choice = thresholdColumn(pack.columns, input.commune, input.date)
  const slots = slotsFor(e, choice.column, input.year, input.date)
  const values = input.values
  const n = slots.length
  // The compact result: a verdict code and the value read, per indicator; records are built on first read.
  const codes = new Uint8Array(n)
  const measured: Array<Measured | undefined> = new Array(n)
  const missing: Array<MissingItem> = []
  if (choice.column === undefined) missing.push({ kind: "column" })
  const criteria: Array<CriterionResult> = new Array(e.criteria.length)
  let met = 0
  let failed = 0
  let indeterminate = 0
  let provisionalCount = 0
  for (let c = 0; c < e.criteria.length; c++) {
    const crit = e.criteria[c] as PreparedCriterion
    let failMask = 0
    let openMask = 0
    let failingAllProvisional = true
    let anyProvisional = false
    for (let k = crit.from; k < crit.to; k++) {
      const slot = slots[k] as Slot
      const value = values[slot.code]
      measured[k] = value
      let code: number
      if (value === undefined) code = NO_VALUE
      else if (slot.cell === undefined) code = NO_THRESHOLD
      else {
        const v = verdictFlat(slot, value)
        code = v === WRONG_KIND ? WRONG_VALUE_KIND : strict && slot.provisional ? STRICT_PROVISIONAL : v
      }
      codes[k] = code
      if (code === FAILED) {
        failMask |= 1 << (k - crit.from)
        if (!slot.provisional) failingAllProvisional = false
      } else if (code !== PASSED) {
        if (code !== STRICT_PROVISIONAL) missing.push(slot.missing)
        openMask |= 1 << (k - crit.from)
      } else if (slot.provisional) anyProvisional = true
    }
    // Non-zero exactly when some indicator is set (a wide criterion's bits may wrap, never to zero).
    const passes = failMask === 0 && openMask === 0 && crit.complete
    const provisional = failMask !== 0 ? failingAllProvisional : passes && anyProvisional
    criteria[c] = criterionResult(crit, codes, failMask, openMask, provisional)
    if (passes) met++
    else if (failMask !== 0) failed++
    else indeterminate++
    if (provisional) provisionalCount++
  }
  for (const item of e.incomplete) missing.push(item)
  const total = e.criteria.length
  const standard: Outcome = total > 0 && met === total ? "pass" : failed > 0 ? "fail" : "indeterminate"
  const ev = {
    packId: pack.id,
    family: pack.family,
    level: pack.level,
    tier: pack.tier,
    commune: input.commune.code,
    year: input.year,
    date: input.date,
    strict,
    column: choice.column === undefined ? { reason: choice.reason } : { id: choice.column, reason: choice.reason },
  } as Record<string, unknown>
  defineIndicators(ev, slots, codes, measured)
  ev.criteria = criteria
  ev.summary = { total, met, failed, indeterminate, provisional: provisionalCount, standard }
  ev.missing = missing
  return ev as unknown as Evaluation
}
