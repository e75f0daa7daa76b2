/** Writing quantities, counts and ratios for people in Vietnamese ("3.285", "57,5", "17,5") and English ("3,285"). */
import { BigDecimal } from "effect"
import * as Q from "../money/Quantity.ts"
import { divideRounded } from "../money/rounding.ts"
import type { Language } from "../shared/LocalizedText.ts"
import type { Ratio } from "./Table.ts"

const SEPARATORS: Readonly<Record<Language, { group: string; decimal: string }>> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
}

const group = (digits: string, separator: string): string => {
  let out = ""
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator
    out += digits[i]
  }
  return out
}

/** Writes a plain decimal string ("-3285.5") with the language's separators ("-3.285,5" / "-3,285.5"). */
const localize = (plain: string, language: Language): string => {
  const sep = SEPARATORS[language]
  const negative = plain.startsWith("-")
  const [whole = "", fraction] = (negative ? plain.slice(1) : plain).split(".")
  return `${negative ? "-" : ""}${group(whole, sep.group)}${fraction === undefined ? "" : sep.decimal + fraction}`
}

/**
 * An exact quantity, every digit kept: 3285 → "3.285" (vi) / "3,285" (en); 57.5 → "57,5" / "57.5".
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * import { NumberText } from "@ntm/core/reports"
 * NumberText.formatQuantity(Quantity.quantity("1980"), "vi") // => "1.980"
 * NumberText.formatQuantity(Quantity.quantity("57.5"), "vi") // => "57,5"
 * ```
 */
export const formatQuantity = (q: BigDecimal.BigDecimal, language: Language): string => localize(Q.format(q), language)

/**
 * A whole number with grouping: 2040 → "2.040" (vi) / "2,040" (en).
 *
 * @example
 * ```ts
 * import { NumberText } from "@ntm/core/reports"
 * NumberText.formatCount(3285, "vi") // => "3.285"
 * NumberText.formatCount(3285n, "en") // => "3,285"
 * ```
 */
export const formatCount = (n: number | bigint, language: Language): string => localize(String(n), language)

/**
 * The display rule for ratios (percentages, averages): the exact fraction is rounded ONCE, half away from zero,
 * to `decimals` digits — e.g. an average of 35 criteria over 2 communes is 17.5 exactly and shows "17,5";
 * 2/3 of communes shows "66,7 %" with one decimal. Never round parts and add them.
 *
 * @example
 * ```ts
 * import { NumberText, Table } from "@ntm/core/reports"
 * NumberText.ratioDigits(Table.ratio(35, 2), 1) // => "17.5"
 * NumberText.ratioDigits(Table.ratio(2, 3), 3, 100n) // => "66.667"
 * ```
 */
export const ratioDigits = (r: Ratio, decimals: number, scale: bigint = 1n): string => {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError("decimals must be ≥ 0")
  const units = divideRounded(r.numerator * scale * 10n ** BigInt(decimals), r.denominator, "half-up")
  const negative = units < 0n
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, "0")
  const cut = digits.length - decimals
  return `${negative ? "-" : ""}${digits.slice(0, cut)}${decimals > 0 ? `.${digits.slice(cut)}` : ""}`
}

/**
 * A ratio as a decimal number for people: 35/2 with 1 decimal → "17,5" (vi) / "17.5" (en).
 *
 * @example
 * ```ts
 * import { NumberText, Table } from "@ntm/core/reports"
 * NumberText.formatDecimal(Table.ratio(35, 2), 1, "vi") // => "17,5"
 * ```
 */
export const formatDecimal = (r: Ratio, decimals: number, language: Language): string =>
  localize(ratioDigits(r, decimals), language)

/**
 * A ratio as a percentage for people: 1/4 with 1 decimal → "25,0 %" (vi) / "25.0%" (en).
 *
 * @example
 * ```ts
 * import { NumberText, Table } from "@ntm/core/reports"
 * NumberText.formatPercent(Table.ratio(1, 4), 1, "vi") // => "25,0 %"
 * NumberText.formatPercent(Table.ratio(2, 3), 1, "en") // => "66.7%"
 * ```
 */
export const formatPercent = (r: Ratio, decimals: number, language: Language): string =>
  `${localize(ratioDigits(r, decimals, 100n), language)}${language === "vi" ? " %" : "%"}`

/**
 * A ratio as the nearest double, for spreadsheet cells (a spreadsheet number is a double anyway).
 *
 * @example
 * ```ts
 * import { NumberText, Table } from "@ntm/core/reports"
 * NumberText.ratioToNumber(Table.ratio(35, 2)) // => 17.5
 * ```
 */
export const ratioToNumber = (r: Ratio): number => {
  // 17 significant digits survive a round trip through a double; compute them exactly, then parse once.
  return Number(ratioDigits(r, 17))
}

/**
 * The exact quantity as a decimal string in JSON ("57.5").
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * import { NumberText } from "@ntm/core/reports"
 * NumberText.quantityJson(Quantity.quantity("57.50")) // => "57.5"
 * ```
 */
export const quantityJson = (q: BigDecimal.BigDecimal): string => Q.format(BigDecimal.normalize(q))

/**
 * The exact ratio of a finite double, from its shortest decimal form: 17.3 → 173/10, 0.25 → 1/4 (as 25/100).
 * For numbers other modules give as doubles (targets, progress percentages).
 *
 * @example
 * ```ts
 * import { NumberText } from "@ntm/core/reports"
 * NumberText.ratioOfNumber(17.3) // => { numerator: 173n, denominator: 10n }
 * ```
 */
export const ratioOfNumber = (x: number): Ratio => {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`)
  let s = x.toString()
  if (/e/iu.test(s)) s = x.toFixed(20)
  const negative = s.startsWith("-")
  const [whole = "0", fraction = ""] = (negative ? s.slice(1) : s).split(".")
  return {
    numerator: BigInt(whole + fraction) * (negative ? -1n : 1n),
    denominator: 10n ** BigInt(fraction.length),
  }
}
