/** The label catalogue and the number formats (exact million đồng, separators per language). */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { fill, formatDong, formatMillionDong, formatNumber, formatShare, messages, t } from "../src/i18n/index.ts"

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort()

describe("catalogue", () => {
  it("every label exists in Vietnamese and English, with the same placeholders", () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(text.vi.trim(), key).not.toBe("")
      expect(text.en.trim(), key).not.toBe("")
      expect(placeholders(text.vi), key).toEqual(placeholders(text.en))
    }
  })

  it("t picks the language and fills parameters", () => {
    expect(t("vi", "communesAssessed", { assessed: 6, total: 126, year: 2024 })).toBe(
      "6 trên 126 xã có đánh giá năm 2024",
    )
    expect(t("en", "communesAssessed", { assessed: 6, total: 126, year: 2024 })).toBe(
      "6 of 126 communes assessed in 2024",
    )
  })

  it("fill leaves an unknown placeholder visible and replaces every known one", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/u), fc.string(), (name, value) => {
        expect(fill(`{${name}}-{${name}}`, { [name]: value })).toBe(`${value}-${value}`)
        expect(fill(`{${name}}`, {})).toBe(`{${name}}`)
      }),
    )
  })
})

describe("numbers", () => {
  it("formats the article's total exactly as '16.493,82' (vi) and '16,493.82' (en)", () => {
    expect(formatMillionDong("vi", 16_493_820_000n)).toBe("16.493,82")
    expect(formatMillionDong("en", 16_493_820_000n)).toBe("16,493.82")
    expect(formatMillionDong("vi", 4_999n)).toBe("0,00")
    expect(formatMillionDong("vi", 5_000n)).toBe("0,01")
    expect(formatMillionDong("vi", -16_493_820_000n)).toBe("-16.493,82")
  })

  it("million đồng text is the amount rounded half up to 10 000 đồng, digits identical in both languages", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (dong) => {
        const vi = formatMillionDong("vi", dong)
        const en = formatMillionDong("en", dong)
        const hundredths = BigInt(vi.replace(/[.,]/gu, ""))
        expect(hundredths).toBe((dong + 5_000n) / 10_000n)
        expect(en.replace(/[.,]/gu, "")).toBe(vi.replace(/[.,]/gu, ""))
        expect(vi).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}$/u)
        expect(en).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/u)
      }),
    )
  })

  it("đồng text keeps every digit", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (dong) => {
        expect(formatDong("vi", dong).replace(/\./gu, "")).toBe(dong.toString())
        expect(formatDong("en", dong).replace(/,/gu, "")).toBe(dong.toString())
      }),
    )
  })

  it("uses the language's decimal mark", () => {
    expect(formatNumber("vi", 16.4)).toBe("16,4")
    expect(formatNumber("en", 16.4)).toBe("16.4")
    expect(formatShare("vi", 0.455)).toBe("45,5 %")
    expect(formatShare("en", 0.455)).toBe("45.5%")
  })
})
