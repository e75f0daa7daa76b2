/**
 * Progress toward a target: the one place where "how far along are we" is decided.
 *
 * Rules (baseline b, target t, actual a, and which direction is better):
 * 1. If t is better than b, progress = (a − b) / (t − b) × 100. It is not clamped: it is negative when the actual
 *    fell below the baseline and above 100 when the target was beaten.
 * 2. If t equals b, or is worse than b (a "hold the line" target, e.g. a target re-based after a criteria change),
 *    there is no distance to cover, so the ratio is undefined. Progress is then 100 when a is at or better than t,
 *    and 0 otherwise.
 * 3. No actual → no progress (`undefined`), never 0.
 * `achieved` is true when a is at or better than t, whatever the rule.
 * Progress never decreases when the actual improves (a fast-check property checks this).
 * Money values are bigint; their ratio is computed exactly and truncated to 1/10 000 of a percent.
 */
import { Schema } from "effect"

/** A value on an indicator's scale: a number for counts and averages, a bigint for đồng. */
export type Quantity = number | bigint

/** Which way is better for an indicator: more communes, more money (higher); poverty rate (lower). */
export type Better = "higher" | "lower"

/**
 * How far an actual is toward its target (tiến độ): `percent` of the way from baseline to target (rule 1) or 0/100
 * (rule 2); `achieved` when the actual is at or better than the target; `rule` says which rule applied.
 */
export const Progress = Schema.Struct({
  percent: Schema.Finite,
  achieved: Schema.Boolean,
  rule: Schema.Literals(["distance", "hold"]),
})
export type Progress = typeof Progress.Type

const SCALE = 1_000_000n

/**
 * Compares two quantities of the same kind: negative, zero or positive.
 *
 * @example
 * ```ts
 * import { Progress } from "@ntm/core/plans"
 * Progress.compareQuantity(2n, 10n) // => -1
 * Progress.compareQuantity(19, 19) // => 0
 * ```
 */
export const compareQuantity = (x: Quantity, y: Quantity): number => {
  if (typeof x === "bigint" && typeof y === "bigint") return x < y ? -1 : x > y ? 1 : 0
  const nx = Number(x)
  const ny = Number(y)
  return nx < ny ? -1 : nx > ny ? 1 : 0
}

/**
 * True when `x` is at or better than `y`.
 *
 * @example
 * ```ts
 * import { Progress } from "@ntm/core/plans"
 * // poverty rate: lower is better
 * Progress.atOrBetter(4.5, 6, "lower") // => true
 * Progress.atOrBetter(4.5, 6, "higher") // => false
 * ```
 */
export const atOrBetter = (x: Quantity, y: Quantity, better: Better): boolean =>
  better === "higher" ? compareQuantity(x, y) >= 0 : compareQuantity(x, y) <= 0

const ratioPercent = (num: Quantity, den: Quantity): number => {
  const r =
    typeof num === "bigint" && typeof den === "bigint"
      ? Number((num * SCALE * 100n) / den) / Number(SCALE)
      : (Number(num) / Number(den)) * 100
  return r + 0 // no negative zero
}

const minus = (x: Quantity, y: Quantity): Quantity =>
  typeof x === "bigint" && typeof y === "bigint" ? x - y : Number(x) - Number(y)

/**
 * Progress of `actual` from `baseline` toward `target`.
 *
 * @example
 * ```ts
 * import { Progress } from "@ntm/core/plans"
 * Progress.progress({ baseline: 62, target: 72, actual: 67, better: "higher" }) // => { percent: 50, achieved: false, rule: "distance" }
 * Progress.progress({ baseline: 10, target: 10, actual: 10, better: "higher" }) // => { percent: 100, achieved: true, rule: "hold" }
 * Progress.progress({ baseline: 10, target: 20, actual: undefined, better: "higher" }) // => undefined
 * ```
 */
export const progress = (input: {
  readonly baseline: Quantity
  readonly target: Quantity
  readonly actual: Quantity | undefined
  readonly better: Better
}): Progress | undefined => {
  const { baseline, target, actual, better } = input
  if (actual === undefined) return undefined
  const achieved = atOrBetter(actual, target, better)
  const targetIsBetter =
    better === "higher" ? compareQuantity(target, baseline) > 0 : compareQuantity(target, baseline) < 0
  if (!targetIsBetter) return { percent: achieved ? 100 : 0, achieved, rule: "hold" }
  return { percent: ratioPercent(minus(actual, baseline), minus(target, baseline)), achieved, rule: "distance" }
}
