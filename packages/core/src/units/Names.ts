/** Matching unit names across spellings: a normaliser (diacritics, case, type prefixes, tone placement) and aliases. */
import { Schema } from "effect"

/**
 * A spelling variant (biến thể chính tả): `variants` are other spellings of `name`, e.g. the resolution's
 * "Nàn Sín" for the GSO "Nàn Xín". Names are written without the type prefix.
 */
export const Alias = Schema.Struct({
  name: Schema.NonEmptyString,
  variants: Schema.NonEmptyArray(Schema.NonEmptyString),
  /** Where the variant was seen. */
  source: Schema.optionalKey(Schema.String),
})
export type Alias = typeof Alias.Type

/** Type prefixes stripped from names (longest first), plus the common abbreviations TT, TP, TX. */
const PREFIXES = [
  "thành phố",
  "thị trấn",
  "thị xã",
  "đặc khu",
  "phường",
  "huyện",
  "quận",
  "tỉnh",
  "xã",
  "tt",
  "tp",
  "tx",
] as const

// Old-style tone placement on "oa", "oe", "uy" at a syllable's end (Hoà, Thuỷ) moved to the first vowel (Hòa, Thủy).
const OLD_STYLE_TONE = /([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?!\p{L})/gu
const COMBINING = /\p{M}/gu

/**
 * Name with its type prefix removed, lower-cased, spaces and dots tidied and tone marks placed the modern way,
 * diacritics kept: "Xã Xuân Hoà" → "xuân hòa", "Thị trấn N.T Phong Hải" → "nt phong hải".
 *
 * @example
 * ```ts
 * import { exactKey } from "@ntm/core/units"
 * exactKey("Xã Xuân Hoà") // => "xuân hòa"
 * exactKey("Thị trấn N.T Phong Hải") // => "nt phong hải"
 * ```
 */
export const exactKey = (name: string): string => {
  let s = name.normalize("NFC").toLowerCase().replace(/\./gu, "").replace(/\s+/gu, " ").trim()
  for (const p of PREFIXES) {
    if (s.startsWith(`${p} `)) {
      s = s.slice(p.length + 1)
      break
    }
  }
  return s.normalize("NFD").replace(OLD_STYLE_TONE, "$1$3$2").normalize("NFC")
}

/**
 * Name reduced to bare letters: {@link exactKey} without diacritics, "đ" as "d": "Xã Nậm Chầy" → "nam chay".
 *
 * @example
 * ```ts
 * import { looseKey } from "@ntm/core/units"
 * looseKey("Xã Nậm Chầy") // => "nam chay"
 * looseKey("Xã Thẩm Dương") === looseKey("Thẳm Dương") // => true
 * ```
 */
export const looseKey = (name: string): string =>
  exactKey(name).normalize("NFD").replace(COMBINING, "").replace(/đ/gu, "d")

/** A lookup table from a spelling variant's (biến thể chính tả) loose key to its canonical name's loose key. */
export type AliasIndex = ReadonlyMap<string, string>

/**
 * Indexes aliases by the loose key of each variant.
 *
 * @example
 * ```ts
 * import { aliasIndex, looseKey } from "@ntm/core/units"
 * const index = aliasIndex([{ name: "Nàn Xín", variants: ["Nàn Sín"] }])
 * index.get(looseKey("Nàn Sín")) // => "nan xin"
 * ```
 */
export const aliasIndex = (aliases: ReadonlyArray<Alias>): AliasIndex => {
  const index = new Map<string, string>()
  for (const a of aliases) {
    const canonical = looseKey(a.name)
    for (const v of a.variants) {
      const key = looseKey(v)
      if (key !== canonical) index.set(key, canonical)
    }
  }
  return index
}

/**
 * The key names are matched on: the loose key, with a known variant replaced by its canonical spelling.
 *
 * @example
 * ```ts
 * import { aliasIndex, matchKey } from "@ntm/core/units"
 * const aliases = aliasIndex([{ name: "Nàn Xín", variants: ["Nàn Sín"] }])
 * // the variant is matched as the canonical name
 * matchKey("Xã Nàn Sín", aliases) // => "nan xin"
 * matchKey("Xã Nàn Sín", new Map()) // => "nan sin"
 * ```
 */
export const matchKey = (name: string, aliases: AliasIndex): string => {
  const key = looseKey(name)
  return aliases.get(key) ?? key
}
