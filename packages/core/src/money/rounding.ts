/** The rounding decision: how an exact fraction of a đồng becomes whole đồng, always named by the caller. */
import { Schema } from "effect"

/**
 * Rounding mode (cách làm tròn) for turning an exact fraction into whole units.
 * - `half-up` — round half away from zero (commercial rounding, "làm tròn": 2.5 → 3, −2.5 → −3).
 *   This is the toolkit's choice for valuation and display, because it is what people do by hand when
 *   checking a report, so a reader can reproduce every figure.
 * - `half-even` — banker's rounding (2.5 → 2, 3.5 → 4), offered for callers whose accounting rules ask for it.
 *
 * Rounding is never implicit: every function that can produce a fraction takes a `Rounding`.
 */
export const Rounding = Schema.Literals(["half-up", "half-even"])
export type Rounding = typeof Rounding.Type

/**
 * Divides two integers exactly and rounds the quotient with the given mode.
 *
 * @example
 * ```ts
 * import { Rounding } from "@ntm/core/money"
 * Rounding.divideRounded(5n, 2n, "half-up") // => 3n
 * Rounding.divideRounded(5n, 2n, "half-even") // => 2n
 * ```
 */
export const divideRounded = (numerator: bigint, denominator: bigint, rounding: Rounding): bigint => {
  if (denominator === 0n) throw new RangeError("division by zero")
  const n = denominator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const q = n / d // truncates toward zero
  const r = n % d // same sign as n
  if (r === 0n) return q
  const twice = 2n * (r < 0n ? -r : r)
  const away = n < 0n ? q - 1n : q + 1n
  if (twice > d) return away
  if (twice < d) return q
  // exactly half
  if (rounding === "half-up") return away
  return q % 2n === 0n ? q : away
}
