/** Renders evaluation results for people, in Vietnamese or English (plain Markdown text). */
import { type Language, localize } from "../shared/LocalizedText.ts"
import type { Comparison } from "./compare.ts"
import type { Evaluation, Gap, IndicatorResult, Outcome } from "./Evaluation.ts"
import { formatMillions, formatNumber, formatThresholdValue } from "./formatThreshold.ts"
import type { Measured } from "./Measured.ts"
import type { MissingItem } from "./Missing.ts"
import type { RecognitionEligibility } from "./recognitionQd18.ts"
import type { RevocationRisk } from "./revocationFailureShare.ts"
import type { TierLadder } from "./tierLadder.ts"

const outcomes: Readonly<Record<Outcome, { vi: string; en: string }>> = {
  pass: { vi: "Đạt", en: "Met" },
  fail: { vi: "Không đạt", en: "Not met" },
  indeterminate: { vi: "Chưa xác định", en: "Indeterminate" },
}

/**
 * An outcome's label.
 *
 * @example
 * ```ts
 * import { renderOutcome } from "@ntm/core/criteria"
 * renderOutcome("fail", "vi") // => "Không đạt"
 * renderOutcome("indeterminate", "en") // => "Indeterminate"
 * ```
 */
export const renderOutcome = (o: Outcome, language: Language): string => localize(outcomes[o], language)

/**
 * A gap as a sentence: "needs +4.5 percentage points", "needs 3.2 million VND more".
 *
 * @example
 * ```ts
 * import { renderGap } from "@ntm/core/criteria"
 * renderGap({ kind: "amount", dong: 3_200_000n }, "vi") // => "cần thêm 3,2 triệu đồng"
 * ```
 */
export const renderGap = (gap: Gap, language: Language): string => {
  const vi = language === "vi"
  switch (gap.kind) {
    case "percentage-points": {
      const n = formatNumber(gap.points, language)
      if (gap.direction === "raise") return vi ? `cần tăng thêm ${n} điểm phần trăm` : `needs +${n} percentage points`
      return vi ? `cần giảm ${n} điểm phần trăm` : `needs −${n} percentage points`
    }
    case "amount": {
      const m = formatMillions(gap.dong, language)
      return vi ? `cần thêm ${m} triệu đồng` : `needs ${m} million VND more`
    }
    case "score-points": {
      const n = formatNumber(gap.points, language)
      return vi ? `cần thêm ${n} điểm` : `needs ${n} more points`
    }
    case "mandatory-items":
      return vi ? "cần đạt mọi nội dung bắt buộc" : "needs every mandatory item met"
    case "must-be-met":
      return vi ? "cần đạt" : "must be met"
  }
}

/**
 * A measured value as text.
 *
 * @example
 * ```ts
 * import { renderMeasured } from "@ntm/core/criteria"
 * renderMeasured({ kind: "amount", dong: 12_000_000n }, "vi") // => "12 triệu đồng"
 * renderMeasured({ kind: "percent", value: 75.5 }, "en") // => "75.5%"
 * ```
 */
export const renderMeasured = (v: Measured, language: Language): string => {
  switch (v.kind) {
    case "boolean":
      return renderOutcome(v.value ? "pass" : "fail", language)
    case "percent":
      return `${formatNumber(v.value, language)}%`
    case "amount":
      return `${formatMillions(v.dong, language)} ${language === "vi" ? "triệu đồng" : "million VND"}`
    case "score":
      return `${formatNumber(v.points, language)} ${language === "vi" ? "điểm" : "points"}`
  }
}

const reasons = {
  "no-value": { vi: "chưa có số liệu", en: "no value" },
  "wrong-value-kind": { vi: "số liệu sai loại", en: "value of the wrong kind" },
  "no-threshold": { vi: "chưa có ngưỡng (nguồn chưa cho)", en: "no threshold (not in the sources)" },
  "provisional-in-strict-mode": {
    vi: "ngưỡng chưa đối chiếu văn bản gốc (chế độ chặt)",
    en: "threshold not verified (strict mode)",
  },
} as const

const statuses = {
  "verified-primary": { vi: "đã đối chiếu văn bản gốc", en: "verified against the primary text" },
  secondary: { vi: "nguồn thứ cấp", en: "secondary source" },
  unverified: { vi: "chưa xác minh", en: "unverified" },
  "operator-fill-in": { vi: "người vận hành bổ sung", en: "operator fill-in" },
  "demo-fill-in": { vi: "giá trị minh họa", en: "demo fill-in" },
} as const

const columnReasons = {
  "province-region": { vi: "vùng của tỉnh", en: "province's region" },
  "especially-difficult": { vi: "xã đặc biệt khó khăn", en: "especially difficult commune" },
  "safe-zone-poor-district": { vi: "xã an toàn khu thuộc huyện nghèo", en: "safe-zone commune in a poor district" },
  "ethnic-minority-area-II-III": {
    vi: "xã khu vực II, III vùng đồng bào DTTS và miền núi",
    en: "ethnic-minority area class II/III",
  },
  "coastal-island-especially-difficult": {
    vi: "xã ĐBKK vùng bãi ngang ven biển và hải đảo",
    en: "especially difficult coastal or island commune",
  },
  "commune-group": { vi: "nhóm xã", en: "commune group" },
  uniform: { vi: "một cột chung", en: "single column" },
  unknown: { vi: "chưa xác định được", en: "unknown" },
} as const

const indicatorLine = (r: IndicatorResult, language: Language): string => {
  const parts = [`${r.indicator} ${localize(r.name, language)}: ${renderOutcome(r.outcome, language)}`]
  if (r.value !== undefined)
    parts.push(`${language === "vi" ? "giá trị" : "value"} ${renderMeasured(r.value, language)}`)
  if (r.applied !== undefined)
    parts.push(
      `${language === "vi" ? "ngưỡng" : "threshold"} ${formatThresholdValue(r.applied.value, language)} (${r.applied.column}${
        r.applied.year === undefined ? "" : `, ${r.applied.year}`
      }; ${localize(statuses[r.applied.status], language)}; ${r.applied.source.ids.join(", ")})`,
    )
  if (r.reason !== undefined) parts.push(localize(reasons[r.reason], language))
  if (r.gap !== undefined) parts.push(renderGap(r.gap, language))
  if (r.provisional && r.outcome !== "indeterminate") parts.push(language === "vi" ? "tạm thời" : "provisional")
  return `  - ${parts.join(" — ")}`
}

/**
 * A missing item as text.
 *
 * @example
 * ```ts
 * import { renderMissing } from "@ntm/core/criteria"
 * renderMissing({ kind: "value", criterion: "10", indicator: "10.income" }, "en") // => "value of 10.income"
 * ```
 */
export const renderMissing = (m: MissingItem, language: Language): string => {
  const vi = language === "vi"
  switch (m.kind) {
    case "threshold":
      return vi
        ? `ngưỡng của ${m.indicator} (cột ${m.columns.join(", ")})`
        : `threshold of ${m.indicator} (column ${m.columns.join(", ")})`
    case "indicator-list":
      return vi ? `danh mục chỉ tiêu của tiêu chí ${m.criterion}` : `indicator list of criterion ${m.criterion}`
    case "declared-count":
      return vi
        ? `${m.what === "criteria" ? "tiêu chí" : "chỉ tiêu"}: có ${m.present}/${m.declared}`
        : `${m.what}: ${m.present} of ${m.declared} present`
    case "value":
      return vi ? `số liệu của ${m.indicator}` : `value of ${m.indicator}`
    case "column":
      return vi ? "vùng hoặc nhóm xã" : "region or commune group"
  }
}

/**
 * Renders an evaluation as Markdown: summary (criteria met x/N, indeterminate, provisional), each criterion with its
 * deciding indicators, and what is missing.
 *
 * @example
 * ```ts
 * import { renderEvaluation } from "@ntm/core/criteria"
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * const ntm = evaluateLaoCaiDemo().assessments[0]!.evaluations.ntm!
 * renderEvaluation(ntm, "en").split("\n")[0] // => "## Commune 02929 — demo:lao-cai-894-2022/commune-ntm/fill-in (2022)"
 * ```
 */
export const renderEvaluation = (ev: Evaluation, language: Language): string => {
  const vi = language === "vi"
  const s = ev.summary
  const lines = [
    `## ${vi ? "Xã" : "Commune"} ${ev.commune} — ${ev.packId} (${ev.year})`,
    "",
    vi
      ? `Đạt ${s.met}/${s.total} tiêu chí; không đạt ${s.failed}; chưa xác định ${s.indeterminate}; tạm thời ${s.provisional}. Chuẩn: ${renderOutcome(s.standard, language)}.`
      : `Criteria met ${s.met}/${s.total}; not met ${s.failed}; indeterminate ${s.indeterminate}; provisional ${s.provisional}. Standard: ${renderOutcome(s.standard, language)}.`,
    `${vi ? "Cột ngưỡng" : "Threshold column"}: ${ev.column.id ?? "?"} (${localize(columnReasons[ev.column.reason], language)})${ev.strict ? (vi ? "; chế độ chặt" : "; strict mode") : ""}`,
    "",
  ]
  for (const c of ev.criteria) {
    lines.push(
      `- ${c.criterion}. ${localize(c.name, language)}: ${renderOutcome(c.outcome, language)}${c.provisional ? (vi ? " (tạm thời)" : " (provisional)") : ""}`,
    )
    for (const r of ev.indicators)
      if (r.criterion === c.criterion && c.deciding.includes(r.indicator)) lines.push(indicatorLine(r, language))
  }
  if (ev.missing.length > 0) {
    lines.push("", vi ? "Còn thiếu:" : "Missing:")
    for (const m of ev.missing) lines.push(`- ${renderMissing(m, language)}`)
  }
  return `${lines.join("\n")}\n`
}

/**
 * Renders a comparison: the criteria that dropped and, for each changed indicator, what moved it.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { compareEvaluations, evaluate, Packs, renderComparison } from "@ntm/core/criteria"
 * const input = {
 *   commune: { code: UnitCode.unitCode("02662"), region: "TDMNPB" as const, classifications: [] },
 *   year: 2024,
 *   date: IsoDate.isoDate("2024-12-31"),
 *   values: { "3.1": { kind: "percent" as const, value: 75.5 } },
 * }
 * const cmp = compareEvaluations(evaluate(Packs.qd318PhuLucI, input), evaluate(Packs.qd318PhuLucI, { ...input, values: {} }))
 * // Without its value, 3.1 is no longer "not met" but indeterminate
 * renderComparison(cmp, "en").split("\n")[4] // => "- 3.1: Not met → Indeterminate; threshold ≥ 80% → ≥ 80% (value changed)"
 * ```
 */
export const renderComparison = (cmp: Comparison, language: Language): string => {
  const vi = language === "vi"
  const causeText = {
    threshold: { vi: "ngưỡng thay đổi", en: "threshold changed" },
    value: { vi: "giá trị thay đổi", en: "value changed" },
    column: { vi: "cột ngưỡng thay đổi", en: "column changed" },
    "indicator-added": { vi: "chỉ tiêu mới", en: "indicator added" },
    "indicator-removed": { vi: "chỉ tiêu bị bỏ", en: "indicator removed" },
  } as const
  const lines = [
    `## ${cmp.before.packId} (${cmp.before.year}) → ${cmp.after.packId} (${cmp.after.year})`,
    "",
    `${vi ? "Tiêu chí rớt chuẩn" : "Criteria dropped"}: ${cmp.dropped.length === 0 ? "—" : cmp.dropped.join(", ")}`,
    "",
  ]
  for (const i of cmp.indicators) {
    const from = i.before === undefined ? "—" : renderOutcome(i.before, language)
    const to = i.after === undefined ? "—" : renderOutcome(i.after, language)
    const th = (t: typeof i.beforeThreshold) => (t === undefined ? "—" : formatThresholdValue(t.value, language))
    lines.push(
      `- ${i.indicator}: ${from} → ${to}; ${vi ? "ngưỡng" : "threshold"} ${th(i.beforeThreshold)} → ${th(i.afterThreshold)}${
        i.causes.length === 0 ? "" : ` (${i.causes.map((c) => localize(causeText[c], language)).join(", ")})`
      }`,
    )
  }
  return `${lines.join("\n")}\n`
}

const tiers = {
  none: { vi: "chưa đạt bậc nào", en: "no tier" },
  ntm: { vi: "xã nông thôn mới", en: "NTM commune" },
  advanced: { vi: "xã nông thôn mới nâng cao", en: "advanced NTM commune" },
  model: { vi: "xã nông thôn mới kiểu mẫu", en: "model NTM commune" },
} as const

/**
 * Renders the tier ladder: the tier reached and why the next one is not.
 *
 * @example
 * ```ts
 * import { renderLadder } from "@ntm/core/criteria"
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * const { ladder } = evaluateLaoCaiDemo().assessments[0]!
 * // The first ILLUSTRATIVE assessment: xã 02929 in 2022
 * renderLadder(ladder, "en") // => "Tier reached: advanced NTM commune; next: model NTM commune (not evaluated)"
 * ```
 */
export const renderLadder = (ladder: TierLadder, language: Language): string => {
  const vi = language === "vi"
  const reached = `${vi ? "Bậc đạt được" : "Tier reached"}: ${localize(tiers[ladder.reached], language)}`
  if (ladder.next === undefined) return reached
  const why =
    ladder.next.standard === "not-evaluated"
      ? vi
        ? "chưa đánh giá"
        : "not evaluated"
      : renderOutcome(ladder.next.standard, language).toLowerCase()
  return `${reached}; ${vi ? "bậc tiếp theo" : "next"}: ${localize(tiers[ladder.next.tier], language)} (${why})`
}

/**
 * Renders recognition eligibility: the outcome and each of the four conditions.
 *
 * @example
 * ```ts
 * import { recognitionEligibility, renderRecognition } from "@ntm/core/criteria"
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * const { ladder } = evaluateLaoCaiDemo().assessments[0]!
 * const eligibility = recognitionEligibility("ntm", ladder, { capitalConstructionDebt: false, securityOrderStandard: true })
 * // Residents' satisfaction is not attested, so eligibility stays indeterminate
 * renderRecognition(eligibility, "en").split("\n")[0] // => "Eligible for recognition (NTM commune): Indeterminate"
 * ```
 */
export const renderRecognition = (r: RecognitionEligibility, language: Language): string =>
  [
    `${language === "vi" ? "Đủ điều kiện công nhận" : "Eligible for recognition"} (${localize(tiers[r.tier], language)}): ${renderOutcome(r.outcome, language)}`,
    ...r.conditions.map((c) => `- ${localize(c.label, language)}: ${renderOutcome(c.outcome, language)}`),
  ].join("\n")

/**
 * Renders the revocation risk with the failure count and the critical criteria that fail.
 *
 * @example
 * ```ts
 * import { renderRevocation, revocationRisk } from "@ntm/core/criteria"
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * const ntm = evaluateLaoCaiDemo().assessments[0]!.evaluations.ntm!
 * renderRevocation(revocationRisk(ntm), "en") // => "no revocation — 0/19 not met"
 * ```
 */
export const renderRevocation = (r: RevocationRisk, language: Language): string => {
  const vi = language === "vi"
  const risk = {
    revoke: { vi: "thuộc trường hợp thu hồi quyết định công nhận", en: "recognition would be revoked" },
    possible: {
      vi: "có thể bị thu hồi (còn tiêu chí chưa xác định)",
      en: "revocation possible (some criteria indeterminate)",
    },
    none: { vi: "không thuộc trường hợp thu hồi", en: "no revocation" },
  } as const
  const critical =
    r.criticalFailed.length === 0
      ? ""
      : vi
        ? `; tiêu chí quan trọng không đạt: ${r.criticalFailed.join(", ")}`
        : `; critical criteria failing: ${r.criticalFailed.join(", ")}`
  return `${localize(risk[r.risk], language)} — ${vi ? `không đạt ${r.failed}/${r.total}` : `${r.failed}/${r.total} not met`}${critical}`
}
