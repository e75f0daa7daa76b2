/** Vnd: exact integer đồng, decimal strings in JSON, explicit rounding. */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Quantity from "../../src/money/Quantity.ts"
import { divideRounded } from "../../src/money/rounding.ts"
import * as Vnd from "../../src/money/Vnd.ts"
import { decodeAll } from "../../src/shared/Problem.ts"
import { addDigits } from "../decimalOracle.ts"

const TEN_16 = 10n ** 16n
const amount = fc.bigInt({ min: -TEN_16, max: TEN_16 }).map(Vnd.vnd)
const decimalQuantity = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) =>
    Quantity.quantity(
      `${units / 10n ** BigInt(scale)}${scale > 0 ? `.${(units % 10n ** BigInt(scale)).toString().padStart(scale, "0")}` : ""}`,
    ),
  )

describe("Vnd JSON", () => {
  it("round-trips every amount through its decimal string", () => {
    fc.assert(
      fc.property(amount, (v) => {
        const json = Schema.encodeSync(Vnd.Vnd)(v)
        expect(json).toBe(v.toString())
        expect(Schema.decodeUnknownSync(Vnd.Vnd)(JSON.parse(JSON.stringify(json)))).toBe(v)
      }),
    )
  })

  it("rejects floats, exponents, separators and non-digits", () => {
    for (const bad of [1000, 1.5, "1.5", "1e9", "1.000", "1,000", "+5", "007", "-0", "", " 5", "5đ", "NaN"]) {
      const r = decodeAll(Vnd.Vnd)(bad)
      expect(r.ok, `accepted ${JSON.stringify(bad)}`).toBe(false)
    }
    expect(decodeAll(Vnd.Vnd)("-25000").ok).toBe(true)
    expect(decodeAll(Vnd.NonNegativeVnd)("-25000").ok).toBe(false)
    expect(decodeAll(Vnd.NonNegativeVnd)("0").ok).toBe(true)
  })

  it("loses no precision on sums up to 10^16 đồng", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 13n }), { maxLength: 1_000 }), (parts) => {
        const total = Vnd.sum(parts.map(Vnd.vnd))
        // schoolbook decimal addition as an independent oracle
        expect(total.toString()).toBe(parts.reduce((a, p) => addDigits(a, p.toString()), "0"))
      }),
    )
    // the largest case that breaks float sums: 10^16 + 1 is not representable as a number
    const big = Vnd.sum([Vnd.vnd(10n ** 16n), Vnd.vnd(1)])
    expect(big.toString()).toBe("10000000000000001")
    expect(Number(10n ** 16n) + 1).toBe(Number(10n ** 16n)) // the float loses it
    expect(Schema.encodeSync(Vnd.Vnd)(big)).toBe("10000000000000001")
  })
})

describe("rounding", () => {
  it("half-up rounds ties away from zero, half-even to the even neighbour", () => {
    expect(divideRounded(5n, 2n, "half-up")).toBe(3n)
    expect(divideRounded(-5n, 2n, "half-up")).toBe(-3n)
    expect(divideRounded(5n, 2n, "half-even")).toBe(2n)
    expect(divideRounded(7n, 2n, "half-even")).toBe(4n)
    expect(divideRounded(-7n, 2n, "half-even")).toBe(-4n)
    expect(divideRounded(7n, 3n, "half-up")).toBe(2n)
    expect(divideRounded(8n, 3n, "half-up")).toBe(3n)
    expect(divideRounded(8n, -3n, "half-up")).toBe(-3n)
  })

  it("is never more than half a unit from the exact quotient", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -TEN_16, max: TEN_16 }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.constantFrom("half-up" as const, "half-even" as const),
        (n, d, mode) => {
          const q = divideRounded(n, d, mode)
          const err = q * d - n
          expect(2n * (err < 0n ? -err : err) <= d).toBe(true)
        },
      ),
    )
  })
})

describe("multiply by a quantity", () => {
  it("is exact for whole quantities and matches times()", () => {
    fc.assert(
      fc.property(amount, fc.bigInt({ min: 0n, max: 10n ** 6n }), (v, n) => {
        expect(Vnd.multiply(v, Quantity.quantity(n), "half-up")).toBe(Vnd.times(v, n))
      }),
    )
  })

  it("rounds a fractional product once, with the named mode", () => {
    expect(Vnd.multiply(Vnd.vnd(1_500_000), Quantity.quantity("2.5"), "half-up")).toBe(3_750_000n)
    expect(Vnd.multiply(Vnd.vnd(150_001), Quantity.quantity("0.5"), "half-up")).toBe(75_001n)
    expect(Vnd.multiply(Vnd.vnd(150_001), Quantity.quantity("0.5"), "half-even")).toBe(75_000n)
  })

  it("is within half a đồng of the exact product", () => {
    fc.assert(
      fc.property(amount, decimalQuantity, (v, q) => {
        const r = Vnd.multiply(v, q, "half-up")
        const n = q.value * 10n ** BigInt(Math.max(0, -q.scale))
        const s = 10n ** BigInt(Math.max(0, q.scale))
        const err = r * s - v * n
        expect(2n * (err < 0n ? -err : err) <= s).toBe(true)
      }),
    )
  })
})

describe("Quantity JSON", () => {
  it("round-trips plain decimals and rejects floats and exponents", () => {
    fc.assert(
      fc.property(decimalQuantity, (q) => {
        const json = Schema.encodeSync(Quantity.Quantity)(q)
        expect(json).not.toMatch(/e/iu)
        expect(Quantity.equals(Schema.decodeUnknownSync(Quantity.Quantity)(json), q)).toBe(true)
      }),
    )
    for (const bad of [2.5, "1e3", "2,5", "", ".5", "5.", "-0", "1_000"])
      expect(decodeAll(Quantity.Quantity)(bad).ok).toBe(false)
    expect(Schema.encodeSync(Quantity.Quantity)(Schema.decodeUnknownSync(Quantity.Quantity)("2.50"))).toBe("2.5")
    expect(Quantity.format(Quantity.quantity("0.001"))).toBe("0.001")
    expect(Quantity.format(Quantity.quantity("343"))).toBe("343")
    expect(Quantity.format(Quantity.add(Quantity.quantity("0.1"), Quantity.quantity("0.2")))).toBe("0.3")
  })
})
