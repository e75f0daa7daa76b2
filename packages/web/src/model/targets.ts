/** Display lines of a province target's progress: per period, actual against target and percent of the way. */
import { formatMillionDong, formatNumber, type Language, t } from "../i18n/index.ts"

type Value = number | bigint

/** The target fields read here. */
export interface TargetView {
  readonly id: string
  readonly indicator: { readonly _tag: string }
}

/** The progress fields read here (the API's `TargetProgress`). */
export interface TargetProgressView {
  readonly periods?: ReadonlyArray<{
    readonly period: { readonly start: string; readonly end: string }
    readonly target: Value
    readonly actual?: Value
    readonly progress?: { readonly percent: number; readonly achieved: boolean }
    readonly achieved?: boolean
    readonly coverage: { readonly communes: number; readonly assessed: number; readonly complete: boolean }
  }>
  readonly unavailable?: { readonly reason: string; readonly message: string }
}

/** One period line. */
export interface TargetLine {
  readonly label: string
  readonly percent?: number
  readonly achieved: boolean
  readonly text: string
}

const show = (v: Value, language: Language): string =>
  typeof v === "bigint" ? `${formatMillionDong(language, v)} ${t(language, "millionDong")}` : formatNumber(language, v)

const periodLabel = (p: { readonly start: string; readonly end: string }): string => {
  const a = p.start.slice(0, 4)
  const b = p.end.slice(0, 4)
  return a === b ? a : `${a}–${b}`
}

/**
 * The lines of a target's progress, or why it is unavailable. Text: "8 / 10 (80 %)"; "—" for a missing actual.
 *
 * @example
 * targetLines(target, { periods: [{ period, target: 10, actual: 8, progress: { percent: 80, achieved: false }, … }] }, "vi")
 */
export const targetLines = (
  _target: TargetView,
  progress: TargetProgressView,
  language: Language,
): { readonly periods: ReadonlyArray<TargetLine>; readonly unavailable?: string } => {
  if (progress.unavailable !== undefined) return { periods: [], unavailable: progress.unavailable.message }
  return {
    periods: (progress.periods ?? []).map((p) => {
      const pct = p.progress?.percent
      return {
        label: periodLabel(p.period),
        ...(pct === undefined ? {} : { percent: pct }),
        achieved: p.achieved ?? p.progress?.achieved ?? false,
        text: `${p.actual === undefined ? "—" : show(p.actual, language)} / ${show(p.target, language)}${
          pct === undefined
            ? ""
            : pct < 0
              ? // Behind where the period started: a negative "percent of the way" reads as an error, so say it.
                ` (${t(language, "belowBaseline")})`
              : ` (${formatNumber(language, pct)}${language === "vi" ? " %" : "%"})`
        }`,
      }
    }),
  }
}

/**
 * The periods whose actual counts only part of the communes in scope (`coverage.complete` false), as
 * "2024: 20/126"; undefined when every period is complete. The actual is then a floor, not the province's figure.
 *
 * @example
 * incompleteCoverage({ periods: [{ period, coverage: { communes: 126, assessed: 20, complete: false }, … }] }) // "2024: 20/126"
 */
export const incompleteCoverage = (progress: TargetProgressView): string | undefined => {
  const parts = (progress.periods ?? [])
    .filter((p) => !p.coverage.complete)
    .map((p) => `${periodLabel(p.period)}: ${p.coverage.assessed}/${p.coverage.communes}`)
  return parts.length === 0 ? undefined : parts.join("; ")
}
