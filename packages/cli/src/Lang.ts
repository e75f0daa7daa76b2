/** The output language (`--lang vi|en`) and the CLI's own labels in both languages. */
import { type LocalizedText, Problem } from "@ntm/core"
import { CliError } from "./Io.ts"

/** Output language; Vietnamese by default, as offices read it. */
export type Lang = LocalizedText.Language

/** Reads `--lang`, refusing anything but `vi` and `en`. */
export const parseLang = (value: string | undefined): Lang => {
  if (value === undefined || value === "vi" || value === "en") return value ?? "vi"
  throw new CliError(`--lang must be "vi" or "en", not "${value}"`, 2)
}

/** Picks the text of a language. */
export const t = (lang: Lang, vi: string, en: string): string => (lang === "vi" ? vi : en)

/**
 * A problem on one line, with its severity in the chosen language. The message itself comes from core, which
 * writes it in English; the path and the rule id are language-neutral.
 *
 * @example
 * problemLine(problem, "vi") // "lỗi criteria[0].indicators[1].thresholds[0].value.kind: pack.kind-mismatch — …"
 */
export const problemLine = (p: Problem.Problem, lang: Lang): string => {
  const severity = p.severity === "error" ? t(lang, "lỗi", "error") : t(lang, "cảnh báo", "warning")
  return `${severity} ${Problem.formatPath(p.path) || t(lang, "(tài liệu)", "(document)")}: ${p.rule} — ${p.message}`
}
