/**
 * An exact running sum of integer đồng that adds in a float while that is exact and falls back to bigint when not:
 * the hot loop of `aggregate` adds numbers (no bigint allocated per line) and never loses a đồng.
 *
 * Why it is exact: the total is always `big + small`, with `small` a safe integer (|small| ≤ 2^53 − 1). Adding `v`:
 * when `x = Number(v)` is a safe integer, `x` equals `v`; the float sum `small + x` of two safe integers is the exact
 * sum whenever that sum is safe, and otherwise has magnitude ≥ 2^53, which is not safe. So "both `x` and the float
 * sum are safe integers" holds exactly when the float sum is the exact sum; in every other case `v` is added to
 * `big` in bigint. The property test in test/contributions/exactSum.test.ts checks this against a plain bigint sum.
 */

/** A running sum (mutable; owned by one accumulation). */
export interface ExactSum {
  /** The part added in bigint (values or sums outside the safe-integer range). */
  big: bigint
  /** The part added as a float, always a safe integer. */
  small: number
}

/** A zero sum. */
export const zeroSum = (): ExactSum => ({ big: 0n, small: 0 })

/**
 * Adds an integer amount exactly.
 *
 * @example
 * const s = zeroSum()
 * addExact(s, 2n ** 60n)
 * addExact(s, 5n)
 * totalOf(s) // 2n ** 60n + 5n
 */
export const addExact = (s: ExactSum, v: bigint): void => {
  const x = Number(v)
  const sum = s.small + x
  if (Number.isSafeInteger(x) && Number.isSafeInteger(sum)) s.small = sum
  else s.big += v
}

/** The exact total. */
export const totalOf = (s: ExactSum): bigint => s.big + BigInt(s.small)
