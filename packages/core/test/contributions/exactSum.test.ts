/** The float-then-bigint running sum used by `aggregate` equals a plain bigint sum, for any integers in any order. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addExact, totalOf, zeroSum } from "../../src/contributions/exactSum.ts"

const SAFE = BigInt(Number.MAX_SAFE_INTEGER)
/** Integers that matter: small amounts, amounts near and across ±2^53, and huge ones. */
const amount = fc.oneof(
  fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }),
  fc.bigInt({ min: SAFE - 1_000n, max: SAFE + 1_000n }),
  fc.bigInt({ min: -SAFE - 1_000n, max: -SAFE + 1_000n }),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
)
const plain = (xs: ReadonlyArray<bigint>) => xs.reduce((a, b) => a + b, 0n)
const summed = (xs: ReadonlyArray<bigint>) => {
  const s = zeroSum()
  for (const x of xs) addExact(s, x)
  return s
}

describe("exactSum", () => {
  it("equals the bigint sum, and keeps its float part a safe integer", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (xs) => {
        const s = summed(xs)
        expect(totalOf(s)).toBe(plain(xs))
        expect(Number.isSafeInteger(s.small)).toBe(true)
      }),
    )
  })

  it("stays exact when a float sum would round: many amounts just under 2^53", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: SAFE / 4n, max: SAFE }), { minLength: 2, maxLength: 50 }), (xs) => {
        expect(totalOf(summed(xs))).toBe(plain(xs))
      }),
    )
  })
})
