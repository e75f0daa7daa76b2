/** Judging one measured value against one threshold value: pass or fail without allocating, and the gap when it fails. */
import type { Gap } from "./Evaluation.ts"
import type { Measured } from "./Measured.ts"
import type { ThresholdValue } from "./Threshold.ts"

/** What {@link verdict} answers: the value meets the threshold, misses it, or is of a kind the threshold cannot judge. */
export const PASSES = 0
export const FAILS = 1
export const WRONG_KIND = 2
export type Verdict = typeof PASSES | typeof FAILS | typeof WRONG_KIND

/** A positive gap rounded up to hundredths (after removing float noise), so it is never understated or shown as 0. */
const round2 = (x: number): number => Math.ceil(Math.round(x * 1e6) / 1e4) / 100

/** Judges a value against a threshold without allocating (the evaluation's hot loop). */
export const verdict = (t: ThresholdValue, v: Measured): Verdict => {
  switch (t.kind) {
    case "pass-fail":
      return v.kind !== "boolean" ? WRONG_KIND : v.value ? PASSES : FAILS
    case "min-percent":
      return v.kind !== "percent" ? WRONG_KIND : v.value >= t.min ? PASSES : FAILS
    case "max-percent":
      return v.kind !== "percent" ? WRONG_KIND : v.value <= t.max ? PASSES : FAILS
    case "min-amount":
      return v.kind !== "amount" ? WRONG_KIND : v.dong >= t.min ? PASSES : FAILS
    case "min-score":
      return v.kind !== "score"
        ? WRONG_KIND
        : v.points >= t.min && (!t.requiresMandatoryItems || v.mandatoryItemsMet)
          ? PASSES
          : FAILS
  }
}

/**
 * A threshold value pre-decoded for the hot loop (same rule as {@link verdict}, no string switch): `test` is the
 * index of the kind in {@link TESTS}, `limit` the numeric minimum or maximum, `dong` the amount minimum,
 * `mandatory` whether every mandatory item must be met.
 */
export interface FlatThreshold {
  readonly test: number
  readonly limit: number
  readonly dong: bigint
  readonly mandatory: boolean
}

/** Threshold kinds in the order of `FlatThreshold.test`. */
export const TESTS = ["pass-fail", "min-percent", "max-percent", "min-amount", "min-score"] as const

/** Pre-decodes a threshold value. */
export const flatThreshold = (t: ThresholdValue): FlatThreshold => ({
  test: TESTS.indexOf(t.kind),
  limit: t.kind === "min-percent" || t.kind === "min-score" ? t.min : t.kind === "max-percent" ? t.max : 0,
  dong: t.kind === "min-amount" ? t.min : 0n,
  mandatory: t.kind === "min-score" && t.requiresMandatoryItems,
})

/** {@link verdict} on a pre-decoded threshold. */
export const verdictFlat = (t: FlatThreshold, v: Measured): Verdict => {
  switch (t.test) {
    case 0:
      return v.kind !== "boolean" ? WRONG_KIND : v.value ? PASSES : FAILS
    case 1:
      return v.kind !== "percent" ? WRONG_KIND : v.value >= t.limit ? PASSES : FAILS
    case 2:
      return v.kind !== "percent" ? WRONG_KIND : v.value <= t.limit ? PASSES : FAILS
    case 3:
      return v.kind !== "amount" ? WRONG_KIND : v.dong >= t.dong ? PASSES : FAILS
    default:
      return v.kind !== "score"
        ? WRONG_KIND
        : v.points >= t.limit && (!t.mandatory || v.mandatoryItemsMet)
          ? PASSES
          : FAILS
  }
}

/** How far a value that {@link verdict} `FAILS` is from its threshold. */
export const gapOf = (t: ThresholdValue, v: Measured): Gap => {
  switch (t.kind) {
    case "min-percent":
      return {
        kind: "percentage-points",
        direction: "raise",
        points: round2(t.min - (v.kind === "percent" ? v.value : 0)),
      }
    case "max-percent":
      return {
        kind: "percentage-points",
        direction: "lower",
        points: round2((v.kind === "percent" ? v.value : 0) - t.max),
      }
    case "min-amount":
      return { kind: "amount", dong: t.min - (v.kind === "amount" ? v.dong : 0n) }
    case "min-score":
      return v.kind === "score" && v.points < t.min
        ? { kind: "score-points", points: round2(t.min - v.points) }
        : { kind: "mandatory-items" }
    case "pass-fail":
      return { kind: "must-be-met" }
  }
}

const PASS = { pass: true } as const

/** Judges a value against a threshold; `undefined` when the value's kind does not fit the threshold. */
export const judge = (t: ThresholdValue, v: Measured): { pass: boolean; gap?: Gap } | undefined => {
  const r = verdict(t, v)
  return r === WRONG_KIND ? undefined : r === PASSES ? PASS : { pass: false, gap: gapOf(t, v) }
}
