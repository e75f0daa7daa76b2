/** Formatting and parsing VND in Vietnamese and English. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { format, parse, type Scale } from "../../src/money/format.ts"
import { vnd } from "../../src/money/Vnd.ts"

const scales: ReadonlyArray<Scale> = ["dong", "thousand", "million", "billion"]
const amount = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map(vnd)

describe("format", () => {
  it("writes the article's figures the Vietnamese and English way", () => {
    expect(format(vnd(16_493_820_000), { language: "vi", scale: "million", decimals: 2 })).toBe("16.493,82 triệu đồng")
    expect(format(vnd(643_730_000), { language: "vi", scale: "million", unit: "short" })).toBe("643,73 triệu")
    expect(format(vnd(1_234_567), { language: "vi" })).toBe("1.234.567 đồng")
    expect(format(vnd(16_493_820_000), { language: "en", scale: "million", decimals: 2 })).toBe("16,493.82 million VND")
    expect(format(vnd(1_234_567), { language: "en" })).toBe("1,234,567 VND")
    expect(format(vnd(16_493_820_000), { language: "vi", scale: "billion", decimals: 1 })).toBe("16,5 tỷ đồng")
    expect(format(vnd(-25_000), { language: "vi", scale: "thousand" })).toBe("-25 nghìn đồng")
    expect(format(vnd(0), { language: "en", scale: "million", decimals: 2, unit: "none" })).toBe("0.00")
  })

  it("rounds for display only, once, from the exact total", () => {
    // three parts of 1,666,666 đồng: the exact total shows 5,00 triệu; summing rounded parts (1,67 × 3) would give 5,01
    const parts = [1_666_666, 1_666_666, 1_666_666].map(vnd)
    const total = vnd(parts.reduce((a, b) => a + b, 0n))
    expect(format(total, { language: "vi", scale: "million", decimals: 2 })).toBe("5,00 triệu đồng")
    expect(format(vnd(5_000), { language: "en", scale: "thousand", decimals: 0 })).toBe("5 thousand VND")
    expect(format(vnd(5_500), { language: "en", scale: "thousand", decimals: 0 })).toBe("6 thousand VND")
    expect(format(vnd(5_500), { language: "en", scale: "thousand", decimals: 0, rounding: "half-even" })).toBe(
      "6 thousand VND",
    )
    expect(format(vnd(4_500), { language: "en", scale: "thousand", decimals: 0, rounding: "half-even" })).toBe(
      "4 thousand VND",
    )
    expect(format(vnd(-4_500), { language: "en", scale: "thousand", decimals: 0 })).toBe("-5 thousand VND")
  })
})

describe("parse", () => {
  it("reads the article's figures", () => {
    expect(parse("16.493,82 triệu đồng", "vi")).toEqual({ ok: true, value: 16_493_820_000n })
    expect(parse("643,73 triệu", "vi")).toEqual({ ok: true, value: 643_730_000n })
    expect(parse("1.234.567 đồng", "vi")).toEqual({ ok: true, value: 1_234_567n })
    expect(parse("16,493.82 million VND", "en")).toEqual({ ok: true, value: 16_493_820_000n })
    expect(parse("Tỷ", "vi").ok).toBe(false)
    expect(parse("  2 TỶ  ", "vi")).toEqual({ ok: true, value: 2_000_000_000n })
    // decomposed Unicode (NFD) is read like the composed form
    expect(parse("643,73 triệu đồng".normalize("NFD"), "vi")).toEqual({ ok: true, value: 643_730_000n })
  })

  it("names the rule when it cannot read an amount", () => {
    const rules = (s: string, l: "vi" | "en") => {
      const r = parse(s, l)
      return r.ok ? [] : r.problems.map((p) => p.rule)
    }
    expect(rules("1,5 đồng", "vi")).toEqual(["money.parse.fractional-dong"])
    expect(rules("12.34 triệu", "vi")).toEqual(["money.parse.syntax"])
    expect(rules("1e9 đồng", "vi")).toEqual(["money.parse.syntax"])
    expect(rules("5 euro", "en")).toEqual(["money.parse.unknown-unit"])
  })

  it("reads back what format writes, exactly, in every language and scale", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom("vi" as const, "en" as const),
        fc.constantFrom(...scales),
        fc.constantFrom("long" as const, "short" as const),
        (v, language, scale, unit) => {
          expect(parse(format(v, { language, scale, unit }), language)).toEqual({ ok: true, value: v })
        },
      ),
    )
  })

  it("reads back a rounded display exactly when the amount has no more digits than shown", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.constantFrom("vi" as const, "en" as const),
        (tenThousands, language) => {
          const v = vnd(tenThousands * 10_000n)
          expect(parse(format(v, { language, scale: "million", decimals: 2 }), language)).toEqual({
            ok: true,
            value: v,
          })
        },
      ),
    )
  })
})
