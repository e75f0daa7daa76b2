/** What a per-unit figure must support to be rolled up and re-based: a zero, addition and exact allocation. */

/** Figures that can only be summed (e.g. plan progress): enough for a roll-up, not for re-basing splits. */
export interface Monoid<A> {
  /** The figure of no unit: `add(zero, a)` is `a`. */
  readonly zero: A
  /** Sums two figures; associative and commutative. */
  readonly add: (a: A, b: A) => A
}

/**
 * A figure type (số liệu) that can be summed and shared out: `allocate(value, weights)` splits `value` in
 * proportion to positive integer `weights`, and its parts always add up to `value` again.
 */
export interface Figure<A> extends Monoid<A> {
  /** Splits `value` in proportion to `weights` (one part per weight); the parts add up to `value`. */
  readonly allocate: (value: A, weights: ReadonlyArray<number>) => ReadonlyArray<A>
}

/**
 * Counts and other plain numbers. Every part but the last is `value × weight / total`; the last takes what is
 * left, so the parts sum back to `value` up to floating-point addition.
 */
export const numberFigure: Figure<number> = {
  zero: 0,
  add: (a, b) => a + b,
  allocate: (value, weights) => {
    const total = weights.reduce((s, w) => s + w, 0)
    let given = 0
    return weights.map((w, i) => {
      if (i === weights.length - 1) return value - given
      const part = (value * w) / total
      given += part
      return part
    })
  },
}

/**
 * Money in integer đồng (`bigint`), shared out exactly by the largest-remainder rule: each part gets
 * ⌊|value| × weight / total⌋, then the đồng left over go one each to the parts with the largest remainders,
 * ties to the earlier share; the sign is put back last. Parts always sum to `value` exactly.
 *
 * @example
 * ```ts
 * import { bigintFigure } from "@ntm/core/units"
 * bigintFigure.allocate(10n, [1, 1, 1]) // => [4n, 3n, 3n]
 * ```
 */
export const bigintFigure: Figure<bigint> = {
  zero: 0n,
  add: (a, b) => a + b,
  allocate: (value, weights) => {
    const negative = value < 0n
    const magnitude = negative ? -value : value
    const ws = weights.map((w) => BigInt(w))
    const total = ws.reduce((s, w) => s + w, 0n)
    const parts = ws.map((w) => (magnitude * w) / total)
    let left = magnitude - parts.reduce((s, p) => s + p, 0n)
    const order = ws
      .map((w, i) => ({ i, rem: (magnitude * w) % total }))
      .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1))
    for (const { i } of order) {
      if (left === 0n) break
      parts[i]! += 1n
      left -= 1n
    }
    return negative ? parts.map((p) => -p) : parts
  },
}
