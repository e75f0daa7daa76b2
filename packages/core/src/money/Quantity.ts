/** Exact decimal quantities (343 t, 2.5 t, 0.5 day): effect's BigDecimal, written as a plain decimal string in JSON. */
import { BigDecimal, Schema, SchemaGetter } from "effect"

/**
 * A quantity (số lượng): an exact decimal number, never a float. Backed by effect's `BigDecimal`
 * (a `bigint` with a decimal scale), so 0.1 + 0.2 is exactly 0.3 and 1 kg is exactly 0.001 t.
 * Values are kept normalized (no trailing zeros), so equal quantities have equal fields.
 */
export type Quantity = BigDecimal.BigDecimal

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/u

/**
 * True when a string is a plain decimal number: optional minus, digits, optional fraction; no exponent.
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * Quantity.isDecimalString("2.5") // => true
 * Quantity.isDecimalString("1e3") // => false
 * ```
 */
export const isDecimalString = (s: string): boolean => DECIMAL.test(s) && s !== "-0" && !/^-0(\.0+)?$/u.test(s)

/**
 * Writes a quantity as a plain decimal string ("343", "2.5", "-0.001"), never in exponent notation.
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * Quantity.format(Quantity.quantity("2.50")) // => "2.5"
 * ```
 */
export const format = (q: Quantity): string => {
  const n = BigDecimal.normalize(q)
  if (n.scale <= 0) return (n.value * 10n ** BigInt(-n.scale)).toString()
  const negative = n.value < 0n
  const digits = (negative ? -n.value : n.value).toString().padStart(n.scale + 1, "0")
  const cut = digits.length - n.scale
  return `${negative ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}`
}

/**
 * Parses a plain decimal string, throwing on anything else. Meant for data written in code.
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * Quantity.format(Quantity.quantity("2.50")) // => "2.5"
 * Quantity.equals(Quantity.quantity(343), Quantity.quantity("343")) // => true
 * ```
 */
export const quantity = (s: string | number | bigint): Quantity => {
  if (typeof s === "bigint") return BigDecimal.fromBigInt(s)
  if (typeof s === "number") {
    if (!Number.isSafeInteger(s)) throw new RangeError(`quantity from a number must be a safe integer: ${s}`)
    return BigDecimal.fromBigInt(BigInt(s))
  }
  if (!isDecimalString(s)) throw new RangeError(`not a plain decimal number: ${JSON.stringify(s)}`)
  return BigDecimal.normalize(BigDecimal.fromStringUnsafe(s))
}

/**
 * Quantity in JSON: a plain decimal string such as `"343"`, `"2.5"` or `"0.5"`. Floats (JSON numbers),
 * exponents (`"1e3"`), separators and empty strings are rejected. Negative values decode (so that
 * validation can name them as a `contribution.quantity.negative` problem) but are never valid on a line.
 */
export const Quantity = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) =>
        isDecimalString(s) || 'must be a plain decimal number such as "343" or "2.5" (no exponent, no separators)',
      { title: "Quantity", description: "a plain decimal number written as a string" },
    ),
  ),
  Schema.decodeTo(Schema.BigDecimal, {
    decode: SchemaGetter.transform((s: string) => BigDecimal.normalize(BigDecimal.fromStringUnsafe(s))),
    encode: SchemaGetter.transform((q: BigDecimal.BigDecimal) => format(q)),
  }),
)

/** Zero. */
export const zero: Quantity = BigDecimal.fromBigInt(0n)

/**
 * Exact sum of two quantities.
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * Quantity.format(Quantity.add(Quantity.quantity("0.1"), Quantity.quantity("0.2"))) // => "0.3"
 * ```
 */
export const add = (a: Quantity, b: Quantity): Quantity => BigDecimal.normalize(BigDecimal.sum(a, b))

/**
 * Exact product of two quantities (e.g. a quantity and a conversion factor).
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * // 12,500 kg in t
 * Quantity.format(Quantity.multiply(Quantity.quantity("12500"), Quantity.quantity("0.001"))) // => "12.5"
 * ```
 */
export const multiply = (a: Quantity, b: Quantity): Quantity => BigDecimal.normalize(BigDecimal.multiply(a, b))

/**
 * True when two quantities are numerically equal ("2.50" equals "2.5").
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * Quantity.equals(Quantity.quantity("2.50"), Quantity.quantity("2.5")) // => true
 * ```
 */
export const equals = (a: Quantity, b: Quantity): boolean => BigDecimal.equals(a, b)

/**
 * True when the quantity is below zero.
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * Quantity.isNegative(Quantity.quantity("-0.001")) // => true
 * ```
 */
export const isNegative = (q: Quantity): boolean => BigDecimal.isNegative(q)

/**
 * True when the quantity is a whole number.
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * Quantity.isInteger(Quantity.quantity("343")) // => true
 * Quantity.isInteger(Quantity.quantity("2.5")) // => false
 * ```
 */
export const isInteger = (q: Quantity): boolean => BigDecimal.isInteger(q)
