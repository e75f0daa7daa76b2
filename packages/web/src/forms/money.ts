/** Money typed by people: whole đồng in a text field ("5.000.000", "5 000 000" or "5000000"), read exactly as a bigint. */

/** Why a money text is refused. */
export type MoneyRule = "money.required" | "money.not-whole-dong"

/** The result of reading a money text: the amount and its canonical JSON digits, or the rule broken. */
export type MoneyText =
  | { readonly ok: true; readonly dong: bigint; readonly digits: string }
  | { readonly ok: false; readonly rule: MoneyRule }

const PLAIN = /^\d+$/u
/** Digits grouped by threes with one separator kind: "." (vi), "," (en) or a space. */
const GROUPED = /^\d{1,3}(?:([., \u00a0])\d{3})(?:\1\d{3})*$/u

/**
 * Reads whole đồng from what a person typed: plain digits, or digits grouped by threes with ".", "," or spaces (one
 * kind per number). Anything else — decimals ("5,5"), signs, exponents, letters — is refused, never rounded.
 *
 * @example
 * parseDong("5.000.000") // { ok: true, dong: 5000000n, digits: "5000000" }
 * parseDong("5,5")       // { ok: false, rule: "money.not-whole-dong" }
 */
export const parseDong = (text: string): MoneyText => {
  const s = text.trim()
  if (s === "") return { ok: false, rule: "money.required" }
  if (!PLAIN.test(s) && !GROUPED.test(s)) return { ok: false, rule: "money.not-whole-dong" }
  const dong = BigInt(s.replace(/\D/gu, ""))
  return { ok: true, dong, digits: dong.toString() }
}
