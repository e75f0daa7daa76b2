/** Writing and reading VND the Vietnamese way ("16.493,82 triệu đồng") and the English way ("16,493.82 million VND"). */
import type { Language } from "../shared/LocalizedText.ts"
import { error, type Problem } from "../shared/Problem.ts"
import { divideRounded, type Rounding } from "./rounding.ts"
import type { Vnd } from "./Vnd.ts"

/** The unit an amount is shown in: đồng, nghìn (thousand), triệu (million) or tỷ (billion) đồng. */
export type Scale = "dong" | "thousand" | "million" | "billion"

const EXPONENT: Readonly<Record<Scale, number>> = { dong: 0, thousand: 3, million: 6, billion: 9 }

const SEPARATORS: Readonly<Record<Language, { group: string; decimal: string }>> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
}

const UNIT_WORDS: Readonly<Record<Language, Record<"long" | "short", Record<Scale, string>>>> = {
  vi: {
    long: { dong: "đồng", thousand: "nghìn đồng", million: "triệu đồng", billion: "tỷ đồng" },
    short: { dong: "đồng", thousand: "nghìn", million: "triệu", billion: "tỷ" },
  },
  en: {
    long: { dong: "VND", thousand: "thousand VND", million: "million VND", billion: "billion VND" },
    short: { dong: "VND", thousand: "thousand", million: "million", billion: "billion" },
  },
}

/** Unit words accepted when parsing, lower-cased, per language. */
const PARSE_UNITS: Readonly<Record<Language, ReadonlyMap<string, Scale>>> = {
  vi: new Map<string, Scale>([
    ["", "dong"],
    ["đồng", "dong"],
    ["đ", "dong"],
    ["vnđ", "dong"],
    ["vnd", "dong"],
    ["nghìn", "thousand"],
    ["nghìn đồng", "thousand"],
    ["ngàn", "thousand"],
    ["ngàn đồng", "thousand"],
    ["triệu", "million"],
    ["triệu đồng", "million"],
    ["tỷ", "billion"],
    ["tỷ đồng", "billion"],
    ["tỉ", "billion"],
    ["tỉ đồng", "billion"],
  ]),
  en: new Map<string, Scale>([
    ["", "dong"],
    ["vnd", "dong"],
    ["dong", "dong"],
    ["đồng", "dong"],
    ["thousand", "thousand"],
    ["thousand vnd", "thousand"],
    ["million", "million"],
    ["million vnd", "million"],
    ["billion", "billion"],
    ["billion vnd", "billion"],
  ]),
}

/** How to show an amount. */
export interface FormatOptions {
  readonly language: Language
  /** Unit to show the amount in; default `"dong"`. */
  readonly scale?: Scale
  /**
   * Digits after the decimal separator. Absent: as many as needed to show the amount exactly (none for a
   * whole number of the scale). Present: the exact amount is rounded once, for display only.
   */
  readonly decimals?: number
  /** Rounding used when `decimals` cuts digits; default `"half-up"`. */
  readonly rounding?: Rounding
  /** `"long"` ("triệu đồng", "million VND"), `"short"` ("triệu", "million") or `"none"`; default `"long"`. */
  readonly unit?: "long" | "short" | "none"
}

const group = (digits: string, separator: string): string => {
  let out = ""
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator
    out += digits[i]
  }
  return out
}

/**
 * Formats an exact amount for people. Round only here, once, from the exact total — never add rounded parts.
 *
 * @example
 * ```ts
 * import { Vnd, VndFormat } from "@ntm/core/money"
 * VndFormat.format(Vnd.vnd(16_493_820_000), { language: "vi", scale: "million", decimals: 2 }) // => "16.493,82 triệu đồng"
 * VndFormat.format(Vnd.vnd(643_730_000), { language: "vi", scale: "million", unit: "short" }) // => "643,73 triệu"
 * VndFormat.format(Vnd.vnd(1_234_567), { language: "vi" }) // => "1.234.567 đồng"
 * VndFormat.format(Vnd.vnd(16_493_820_000), { language: "en", scale: "million", decimals: 2 }) // => "16,493.82 million VND"
 * ```
 */
export const format = (amount: Vnd, options: FormatOptions): string => {
  const scale = options.scale ?? "dong"
  const exponent = EXPONENT[scale]
  const sep = SEPARATORS[options.language]
  let units: bigint // the amount in units of 10^-decimals of the scale
  let decimals: number
  if (options.decimals === undefined) {
    decimals = exponent
    units = amount
    while (decimals > 0 && units % 10n === 0n) {
      units /= 10n
      decimals--
    }
  } else {
    if (!Number.isInteger(options.decimals) || options.decimals < 0) throw new RangeError("decimals must be ≥ 0")
    decimals = options.decimals
    const shift = decimals - exponent
    units =
      shift >= 0
        ? amount * 10n ** BigInt(shift)
        : divideRounded(amount, 10n ** BigInt(-shift), options.rounding ?? "half-up")
  }
  const negative = units < 0n
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, "0")
  const whole = digits.slice(0, digits.length - decimals)
  const fraction = digits.slice(digits.length - decimals)
  const number = `${negative ? "-" : ""}${group(whole, sep.group)}${decimals > 0 ? sep.decimal + fraction : ""}`
  const style = options.unit ?? "long"
  return style === "none" ? number : `${number} ${UNIT_WORDS[options.language][style][scale]}`
}

/** The result of parsing: the exact amount, or the problems found. */
export type ParseResult =
  | { readonly ok: true; readonly value: Vnd }
  | { readonly ok: false; readonly problems: Array<Problem> }

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")

/**
 * Parses an amount written the way {@link format} writes it, in the given language: grouping separators are
 * optional but, when present, must group by three; the unit word is optional (đồng by default). The result
 * must be a whole number of đồng: "1,5 đồng" is a problem, not a rounding.
 *
 * @example
 * ```ts
 * import { VndFormat } from "@ntm/core/money"
 * VndFormat.parse("16.493,82 triệu đồng", "vi") // => { ok: true, value: 16493820000n }
 * VndFormat.parse("16,493.82 million VND", "en") // => { ok: true, value: 16493820000n }
 * ```
 */
export const parse = (text: string, language: Language): ParseResult => {
  const sep = SEPARATORS[language]
  const normalized = text.normalize("NFC").trim().replace(/\s+/gu, " ")
  const g = escapeRegExp(sep.group)
  const d = escapeRegExp(sep.decimal)
  const match = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(?: ?(\\p{L}[\\p{L} ]*))?$`, "u").exec(
    normalized,
  )
  if (match === null)
    return {
      ok: false,
      problems: [
        error(
          [],
          "money.parse.syntax",
          `"${text}" is not an amount written the ${language === "vi" ? "Vietnamese" : "English"} way, e.g. ${
            language === "vi" ? '"16.493,82 triệu đồng"' : '"16,493.82 million VND"'
          }`,
        ),
      ],
    }
  const [, minus = "", whole = "", fraction = "", unitWord = ""] = match
  const scale = PARSE_UNITS[language].get(unitWord.toLocaleLowerCase("vi"))
  if (scale === undefined)
    return {
      ok: false,
      problems: [
        error(
          [],
          "money.parse.unknown-unit",
          `unknown unit "${unitWord}"; expected one of ${[...PARSE_UNITS[language].keys()].filter((k) => k !== "").join(", ")}`,
        ),
      ],
    }
  const exponent = EXPONENT[scale]
  const digits = BigInt(whole.split(sep.group).join("") + fraction)
  const shift = exponent - fraction.length
  let value: bigint
  if (shift >= 0) value = digits * 10n ** BigInt(shift)
  else {
    const divisor = 10n ** BigInt(-shift)
    if (digits % divisor !== 0n)
      return {
        ok: false,
        problems: [error([], "money.parse.fractional-dong", `"${text}" is not a whole number of đồng`)],
      }
    value = digits / divisor
  }
  return { ok: true, value: (minus === "-" ? -value : value) as Vnd }
}
