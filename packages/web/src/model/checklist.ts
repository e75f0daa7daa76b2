/** The commune's criteria checklist: each criterion with its indicators' value, threshold, gap and provenance. */
import {
  type Evaluation,
  type IndicatorResult,
  type Outcome,
  renderGap,
  renderMeasured,
  type SourceRef,
  type SourceStatus,
} from "@ntm/core/criteria"
import { formatDong, formatNumber, type Language, t } from "../i18n/index.ts"

type ThresholdValue = NonNullable<IndicatorResult["applied"]>["value"]

/** Where an indicator's threshold comes from, as the checklist flags it. */
export type Provenance = "legal" | "provisional" | "demo-fill-in" | "operator-fill-in" | "none"

/** One indicator line, display-ready. */
export interface ChecklistIndicator {
  readonly indicator: string
  readonly name: string
  readonly outcome: Outcome
  readonly value: string
  readonly threshold: string
  readonly gap: string
  readonly provenance: Provenance
  readonly status?: SourceStatus
  readonly source?: string
  readonly evidence: ReadonlyArray<string>
}

/** One criterion with its indicators. */
export interface ChecklistCriterion {
  readonly criterion: string
  readonly name: string
  readonly outcome: Outcome
  readonly provisional: boolean
  readonly critical: boolean
  readonly incomplete: boolean
  readonly indicators: ReadonlyArray<ChecklistIndicator>
}

const pct = (language: Language, n: number) =>
  language === "vi" ? `${formatNumber("vi", n)} %` : `${formatNumber("en", n)}%`

/** A threshold as text ("≥ 80 %", "≤ 12 %", "≥ 36.000.000 đồng", "Đạt"). */
export const formatThreshold = (language: Language, v: ThresholdValue): string => {
  switch (v.kind) {
    case "pass-fail":
      return t(language, "passFail")
    case "min-percent":
      return `≥ ${pct(language, v.min)}`
    case "max-percent":
      return `≤ ${pct(language, v.max)}`
    case "min-amount":
      return `≥ ${formatDong(language, v.min)} ${t(language, "dong")}`
    case "min-score":
      return `≥ ${formatNumber(language, v.min)}${v.requiresMandatoryItems ? ` + ${t(language, "mandatoryItems")}` : ""}`
  }
}

/**
 * The provenance flag of a threshold: demo or operator fill-in by its status, else "provisional" when the result
 * is (the threshold is not verified against the primary text), "legal" when verified, "none" without a threshold.
 */
export const provenanceOf = (r: Pick<IndicatorResult, "applied" | "provisional">): Provenance => {
  if (r.applied === undefined) return "none"
  if (r.applied.status === "demo-fill-in") return "demo-fill-in"
  if (r.applied.status === "operator-fill-in") return "operator-fill-in"
  return r.provisional ? "provisional" : "legal"
}

/**
 * The checklist of an evaluation in `language`, criteria in the evaluation's order, each with its indicators.
 *
 * @example
 * checklist(assessment.evaluation, "vi")[0]?.indicators[0]?.threshold // "≥ 80 %"
 */
export const checklist = (
  evaluation: Pick<Evaluation, "criteria" | "indicators">,
  language: Language,
): Array<ChecklistCriterion> =>
  evaluation.criteria.map((c) => ({
    criterion: c.criterion,
    name: c.name[language],
    outcome: c.outcome,
    provisional: c.provisional,
    critical: c.critical,
    incomplete: c.incomplete,
    indicators: evaluation.indicators
      .filter((i) => i.criterion === c.criterion)
      .map((i) => ({
        indicator: i.indicator,
        name: i.name[language],
        outcome: i.outcome,
        value:
          i.value === undefined
            ? t(language, i.reason === undefined ? "reason.no-value" : `reason.${i.reason}`)
            : renderMeasured(i.value, language),
        threshold:
          i.applied === undefined ? t(language, "reason.no-threshold") : formatThreshold(language, i.applied.value),
        gap: i.gap === undefined ? "" : renderGap(i.gap, language),
        provenance: provenanceOf(i),
        ...(i.applied === undefined ? {} : { status: i.applied.status, source: sourceText(i.applied.source) }),
        evidence: i.value?.evidence ?? [],
      })),
  }))

const sourceText = (s: SourceRef): string => [s.ids.join(", "), s.note].filter((x) => x !== undefined).join(" — ")
