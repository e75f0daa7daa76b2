/** Vietnamese đồng as exact integers: `bigint` in memory, a decimal string in JSON, never a float. */
import { BigDecimal, Schema, SchemaGetter } from "effect"
import type { Quantity } from "./Quantity.ts"
import { divideRounded, type Rounding } from "./rounding.ts"

/**
 * An amount of money in whole Vietnamese đồng (VND, "đồng"). The đồng has no subunit in use, so every
 * amount is an integer; sums use `bigint` because national NTM totals (≈ 3.7 × 10^15 đồng) come close to
 * `Number.MAX_SAFE_INTEGER`.
 *
 * Sign: a `Vnd` may be negative, because differences (declared − confirmed in a reconciliation) and
 * corrections need it. Amounts recorded on a contribution line use {@link NonNegativeVnd}.
 */
export const VndValue = Schema.BigInt.pipe(Schema.brand("Vnd"))
export type Vnd = typeof VndValue.Type

const INTEGER = /^(0|-?[1-9]\d*)$/u

/**
 * True when a string is a canonical decimal integer: digits only, optional leading minus, no leading zeros.
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.isIntegerString("-25000") // => true
 * Vnd.isIntegerString("1.000") // => false
 * ```
 */
export const isIntegerString = (s: string): boolean => INTEGER.test(s)

/**
 * VND in JSON: a decimal string of whole đồng, e.g. `"16493820000"` or `"-25000"`. JSON numbers, decimals,
 * exponents (`"1e9"`), separators (`"1.000"`), a leading `+` or leading zeros are rejected.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Vnd } from "@ntm/core/money"
 * Schema.decodeUnknownSync(Vnd.Vnd)("643730000") // => 643730000n
 * ```
 */
export const Vnd = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) =>
        isIntegerString(s) ||
        'must be a whole number of đồng written as decimal digits, e.g. "643730000" (no decimals, exponent or separators)',
      { title: "Vnd", description: "whole Vietnamese đồng as a decimal string" },
    ),
  ),
  Schema.decodeTo(VndValue, {
    decode: SchemaGetter.transform((s: string) => BigInt(s)),
    encode: SchemaGetter.transform((v: bigint) => v.toString()),
  }),
)

/** VND in JSON that must not be negative: unit values and line values (giá trị quy đổi). */
export const NonNegativeVnd = Vnd.pipe(
  Schema.check(
    Schema.makeFilter((v: bigint) => v >= 0n || "must not be negative", {
      title: "NonNegativeVnd",
      description: "whole Vietnamese đồng, zero or more",
    }),
  ),
)

/**
 * Builds a Vnd from a bigint, a safe integer or a canonical integer string; throws on anything else.
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.vnd(643_730_000) // => 643730000n
 * Vnd.vnd("16493820000") // => 16493820000n
 * ```
 */
export const vnd = (x: bigint | number | string): Vnd => {
  if (typeof x === "bigint") return x as Vnd
  if (typeof x === "number") {
    if (!Number.isSafeInteger(x)) throw new RangeError(`VND from a number must be a safe integer: ${x}`)
    return BigInt(x) as Vnd
  }
  if (!isIntegerString(x)) throw new RangeError(`not a whole number of đồng: ${JSON.stringify(x)}`)
  return BigInt(x) as Vnd
}

/** Zero đồng. */
export const zero: Vnd = 0n as Vnd

/**
 * Exact sum of two amounts.
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.add(Vnd.vnd(643_730_000), Vnd.vnd(15_850_090_000)) // => 16493820000n
 * ```
 */
export const add = (a: Vnd, b: Vnd): Vnd => (a + b) as Vnd

/**
 * Exact difference `a − b` (may be negative).
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.subtract(Vnd.vnd(100_000), Vnd.vnd(125_000)) // => -25000n
 * ```
 */
export const subtract = (a: Vnd, b: Vnd): Vnd => (a - b) as Vnd

/**
 * Exact sum of any number of amounts.
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.sum([Vnd.vnd(643_730_000), Vnd.vnd("15850090000")]) // => 16493820000n
 * ```
 */
export const sum = (amounts: Iterable<Vnd>): Vnd => {
  let total = 0n
  for (const a of amounts) total += a
  return total as Vnd
}

/**
 * Exact product of an amount and a whole number (e.g. 3,285 packages × 500,000 đồng).
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.times(Vnd.vnd(500_000), 3285) // => 1642500000n
 * ```
 */
export const times = (amount: Vnd, count: bigint | number): Vnd => {
  if (typeof count === "number" && !Number.isSafeInteger(count))
    throw new RangeError(`count must be a safe integer: ${count}`)
  return (amount * BigInt(count)) as Vnd
}

/**
 * Product of an amount and an exact decimal quantity, rounded to whole đồng with an explicit mode.
 * Exact when the product is already whole (e.g. 2.5 t × 1,500,000 đồng/t = 3,750,000 đồng).
 *
 * @example
 * ```ts
 * import { Quantity, Vnd } from "@ntm/core/money"
 * // 75,000.5 rounds up
 * Vnd.multiply(Vnd.vnd(150_001), Quantity.quantity("0.5"), "half-up") // => 75001n
 * ```
 */
export const multiply = (amount: Vnd, q: Quantity, rounding: Rounding): Vnd => {
  const n = BigDecimal.normalize(q)
  if (n.scale <= 0) return (amount * n.value * 10n ** BigInt(-n.scale)) as Vnd
  return divideRounded(amount * n.value, 10n ** BigInt(n.scale), rounding) as Vnd
}

/**
 * Order of two amounts: −1, 0 or 1.
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.compare(Vnd.vnd(1), Vnd.vnd(2)) // => -1
 * ```
 */
export const compare = (a: Vnd, b: Vnd): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Absolute value.
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * Vnd.abs(Vnd.vnd(-25_000)) // => 25000n
 * ```
 */
export const abs = (a: Vnd): Vnd => (a < 0n ? -a : a) as Vnd
