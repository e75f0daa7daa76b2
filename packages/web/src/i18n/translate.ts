/** Looking up and filling labels in the chosen language, and number formats (Vietnamese: 16.493,82). */
import type { LocalizedText as L } from "@ntm/core"
import { type MessageKey, messages } from "./messages.ts"

/** A language of the interface: Vietnamese (default) or English. */
export type Language = L.Language

/** A label in both languages. */
export type LocalizedText = L.LocalizedText

/** Parameters of a message: `{name}` in the text is replaced by `params.name`. */
export type Params = Readonly<Record<string, string | number>>

/**
 * Fills `{name}` placeholders; an unknown placeholder stays as written, so a missing parameter is visible.
 *
 * @example
 * fill("Năm {year}", { year: 2024 }) // "Năm 2024"
 */
export const fill = (text: string, params: Params = {}): string =>
  text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const v = params[name]
    return v === undefined ? whole : String(v)
  })

/**
 * The label of `key` in `language`, with parameters filled.
 *
 * @example
 * t("en", "averageMet", { value: "16,4" }) // "Average 16,4 criteria per commune"
 */
export const t = (language: Language, key: MessageKey, params?: Params): string =>
  fill((messages[key] as LocalizedText)[language], params)

/** Picks a `LocalizedText` in `language`. */
export const pick = (text: LocalizedText, language: Language): string => text[language]

const locale = (language: Language) => (language === "vi" ? "vi-VN" : "en-GB")

/** Formats a number with the language's separators and at most `digits` decimals (vi: "16,4"; en: "16.4"). */
export const formatNumber = (language: Language, n: number, digits = 1): string =>
  new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(n)

/** Formats a share in [0, 1] as a percentage with at most one decimal ("45,5 %" / "45.5%"). */
export const formatShare = (language: Language, share: number): string =>
  language === "vi" ? `${formatNumber("vi", share * 100)} %` : `${formatNumber("en", share * 100)}%`

const groupDigits = (digits: string, sep: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, sep)

/**
 * Exact million-đồng text of an integer đồng amount, rounded half away from zero to two decimals, with the
 * language's separators: `formatMillionDong("vi", 16_493_820_000n)` → "16.493,82". No float is involved.
 */
export const formatMillionDong = (language: Language, dong: bigint): string => {
  const negative = dong < 0n
  const abs = negative ? -dong : dong
  const hundredths = (abs + 5_000n) / 10_000n // 1 million đồng = 100 hundredths of 10 000 đồng
  const whole = (hundredths / 100n).toString()
  const frac = (hundredths % 100n).toString().padStart(2, "0")
  const [thousands, decimal] = language === "vi" ? [".", ","] : [",", "."]
  const text = `${groupDigits(whole, thousands)}${decimal}${frac}`
  return negative && hundredths !== 0n ? `-${text}` : text
}

/** Exact đồng text of an integer amount with thousands separators ("36.000.000" / "36,000,000"). */
export const formatDong = (language: Language, dong: bigint): string => {
  const negative = dong < 0n
  const text = groupDigits((negative ? -dong : dong).toString(), language === "vi" ? "." : ",")
  return negative ? `-${text}` : text
}
