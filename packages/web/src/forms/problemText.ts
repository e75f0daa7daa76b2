/** The text shown beside a field for a problem: localized for the rules the form knows, the server's words otherwise. */
import type { FormMessageKey } from "../i18n/formMessages.ts"
import type { Language } from "../i18n/index.ts"
import type { FieldProblem } from "./problems.ts"
import { t } from "./t.ts"

/** Localized texts of known rules (client-side money reading and the server's ledger rules). */
const byRule: Readonly<Record<string, FormMessageKey>> = {
  "money.required": "err.required",
  "money.not-whole-dong": "err.money",
  "contribution.price-list.none-in-force": "err.noPriceList",
  "missing-key": "err.required",
  "number.invalid": "s.number",
  "lifecycle.reason-required": "err.required",
}

/**
 * The text for one problem: a known rule's label; a Schema issue as "required" / "invalid (…)"; any other server
 * rule with the server's message.
 *
 * @example
 * problemText("vi", { rule: "money.not-whole-dong", message: "" }) // "Nhập số đồng nguyên, …"
 */
export const problemText = (lang: Language, p: FieldProblem): string => {
  const known = byRule[p.rule]
  if (known !== undefined) return t(lang, known)
  if (p.message === "Missing key" || /^Expected a value with a length of at least 1\b/u.test(p.message))
    return t(lang, "err.required")
  if (p.message.startsWith("must be a calendar date")) return t(lang, "err.date")
  if (p.message.startsWith("must be a plain decimal number")) return t(lang, "err.quantity")
  if (p.rule === "schema" || p.rule.startsWith("is") || p.rule === "invalid-type")
    return t(lang, "err.invalid", { detail: p.message })
  return t(lang, "err.server", { detail: p.message })
}
