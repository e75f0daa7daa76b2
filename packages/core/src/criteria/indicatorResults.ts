/**
 * Indicator results built from an evaluation's compact verdicts: one code per indicator in the hot loop, the
 * `IndicatorResult` records (with gaps and applied thresholds) only when someone reads them.
 */
import type { AppliedThreshold, Gap, IndeterminateReason, IndicatorResult, Outcome } from "./Evaluation.ts"
import * as Judge from "./judge.ts"
import type { Measured } from "./Measured.ts"
import type { Slot } from "./prepare.ts"

/** Per-indicator verdict codes of the hot loop. */
export const PASSED = 0
export const FAILED = 1
/** No value: the slot's shared `withoutValue` result (reason `no-value` or `no-threshold`). */
export const NO_VALUE = 2
export const NO_THRESHOLD = 3
export const WRONG_VALUE_KIND = 4
export const STRICT_PROVISIONAL = 5

// Bound once: under a module runner every read of an imported binding is a getter call (see evaluate.ts).
const { gapOf } = Judge

const reasons: ReadonlyArray<IndeterminateReason> = [
  "no-value",
  "no-value",
  "no-value",
  "no-threshold",
  "wrong-value-kind",
  "provisional-in-strict-mode",
]

// One constructor per result shape, so results have few, stable hidden classes.
const indeterminate = (s: Slot, value: Measured, reason: IndeterminateReason): IndicatorResult =>
  s.applied === undefined
    ? {
        indicator: s.code,
        criterion: s.criterion,
        name: s.name,
        outcome: "indeterminate",
        provisional: false,
        reason,
        value,
      }
    : {
        indicator: s.code,
        criterion: s.criterion,
        name: s.name,
        outcome: "indeterminate",
        provisional: s.provisional,
        reason,
        value,
        applied: s.applied,
      }
const judged = (s: Slot, outcome: Outcome, value: Measured): IndicatorResult => ({
  indicator: s.code,
  criterion: s.criterion,
  name: s.name,
  outcome,
  provisional: s.provisional,
  value,
  applied: s.applied as AppliedThreshold,
})
const judgedWithGap = (s: Slot, value: Measured, gap: Gap): IndicatorResult => ({
  indicator: s.code,
  criterion: s.criterion,
  name: s.name,
  outcome: "fail",
  provisional: s.provisional,
  value,
  applied: s.applied as AppliedThreshold,
  gap,
})

/** The result of one indicator from its slot, verdict code and measured value (as read during the evaluation). */
export const indicatorResult = (slot: Slot, code: number, value: Measured | undefined): IndicatorResult => {
  if (code === NO_VALUE || value === undefined) return slot.withoutValue
  if (code === PASSED) return judged(slot, "pass", value)
  if (code === FAILED && slot.cell !== undefined) return judgedWithGap(slot, value, gapOf(slot.cell.value, value))
  return indeterminate(slot, value, reasons[code] as IndeterminateReason)
}

/** Every indicator's result, in pack order. */
export const indicatorResults = (
  slots: ReadonlyArray<Slot>,
  codes: Uint8Array,
  values: ReadonlyArray<Measured | undefined>,
): Array<IndicatorResult> => {
  const out: Array<IndicatorResult> = new Array(slots.length)
  for (let k = 0; k < slots.length; k++)
    out[k] = indicatorResult(slots[k] as Slot, codes[k] as number, values[k] as Measured | undefined)
  return out
}

interface Pending {
  readonly slots: ReadonlyArray<Slot>
  readonly codes: Uint8Array
  readonly values: ReadonlyArray<Measured | undefined>
}
const PENDING = Symbol("pending indicator results")

/** The shared getter: builds the records once, then fixes them as a plain data property (unless frozen). */
function readIndicators(this: { [PENDING]: Pending }): ReadonlyArray<IndicatorResult> {
  const p = this[PENDING]
  const results = indicatorResults(p.slots, p.codes, p.values)
  if (Object.getOwnPropertyDescriptor(this, "indicators")?.configurable === true)
    Object.defineProperty(this, "indicators", { value: results, enumerable: true, writable: false })
  return results
}
// One getter and one descriptor for every evaluation, so evaluations share their hidden classes.
const INDICATORS: PropertyDescriptor = { get: readIndicators, enumerable: true, configurable: true }

/**
 * Defines `indicators` on an evaluation under construction as an own, enumerable property computed on first read
 * and then fixed: JSON, Schema encoding, spreads and equality see exactly the records an eager evaluation holds.
 * The values were read during the evaluation, so later changes to the caller's input do not leak in.
 */
export const defineIndicators = (
  ev: object,
  slots: ReadonlyArray<Slot>,
  codes: Uint8Array,
  values: ReadonlyArray<Measured | undefined>,
): void => {
  Object.defineProperty(ev, PENDING, { value: { slots, codes, values } })
  Object.defineProperty(ev, "indicators", INDICATORS)
}
