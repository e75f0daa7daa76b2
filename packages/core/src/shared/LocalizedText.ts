/** A user-facing label in Vietnamese and English — every label the toolkit shows comes in both. */
import { Schema } from "effect"

/** Label in both languages (nhãn song ngữ). Vietnamese is the language of record. */
export const LocalizedText = Schema.Struct({
  vi: Schema.NonEmptyString,
  en: Schema.NonEmptyString,
})
export type LocalizedText = typeof LocalizedText.Type

/** The language a caller wants output in. */
export const Language = Schema.Literals(["vi", "en"])
export type Language = typeof Language.Type

/**
 * Picks the text for a language.
 *
 * @example
 * ```ts
 * import { LocalizedText } from "@ntm/core"
 * LocalizedText.localize({ vi: "Thủy lợi", en: "Irrigation" }, "en") // => "Irrigation"
 * ```
 */
export const localize = (text: LocalizedText, language: Language): string => text[language]
