/** Judging one measured value against one threshold value: pass or fail, and the gap when it fails. */
import type { Gap } from "./Evaluation.ts"
import type { Measured } from "./Measured.ts"
import type { ThresholdValue } from "./Threshold.ts"

const PASS = { pass: true } as const

/** A positive gap rounded up to hundredths (after removing float noise), so it is never understated or shown as 0. */
const round2 = (x: number): number => Math.ceil(Math.round(x * 1e6) / 1e4) / 100

/** Judges a value against a threshold; `undefined` when the value's kind does not fit the threshold. */
export const judge = (t: ThresholdValue, v: Measured): { pass: boolean; gap?: Gap } | undefined => {
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
