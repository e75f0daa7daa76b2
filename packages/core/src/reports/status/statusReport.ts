/** The NTM status report (báo cáo kết quả xây dựng nông thôn mới) as a table model: paragraph and sheets. */
import type { Vnd } from "../../money/Vnd.ts"
import type { Tier } from "../../plans/Inputs.ts"
import type { RollUpNode } from "../../plans/RollUp.ts"
import { atLeast, type Tally } from "../../plans/Tally.ts"
import type { IsoDate } from "../../shared/IsoDate.ts"
import type { LocalizedText } from "../../shared/LocalizedText.ts"
import type { UnitCode } from "../../shared/UnitCode.ts"
import { ratioOfNumber } from "../numberText.ts"
import { column, type Ratio, type Report, type Row, type Sheet } from "../Table.ts"
import { averageNote, mean, share } from "./average.ts"
import { type StatusFigures, type StatusInput, statusFigures } from "./figures.ts"
import { indeterminateReasonNames, shortTier, tierNames } from "./labels.ts"
import { paragraph } from "./paragraph.ts"

/** What the status report is built from. */
export interface StatusReportInput extends StatusInput {
  /** Unit names for the by-unit and regression sheets (e.g. from the units registry); codes are shown without. */
  readonly unitName?: (code: UnitCode, date: IsoDate) => string | undefined
}

const TIERS: ReadonlyArray<Tier> = ["model", "advanced", "ntm", "none"]
const total: LocalizedText = { vi: "Tổng cộng", en: "Total" }
const scopeNote = (f: StatusFigures): LocalizedText => ({
  vi: `Phạm vi: các xã trực thuộc đơn vị ${f.tree.unit} tại ngày ${f.date}; xã chưa có kết quả đánh giá được tính riêng, không suy đoán.`,
  en: `Scope: the communes under unit ${f.tree.unit} on ${f.date}; communes without an assessment are counted apart, never guessed.`,
})

const tiersSheet = (f: StatusFigures): Sheet => {
  const t = f.tree.tally
  const notAssessed = t.communes - t.assessed
  return {
    id: "tiers",
    name: { vi: "Theo mức đạt chuẩn", en: "By tier" },
    title: { vi: `Số xã theo mức đạt chuẩn nông thôn mới, năm ${f.year}`, en: `Communes by NTM tier, ${f.year}` },
    columns: [
      column("tier", "text", "Mức đạt chuẩn", "Tier"),
      column("communes", "count", "Số xã", "Communes"),
      column("share", "percent", "Tỷ lệ (%)", "Share (%)", 1),
    ],
    rows: [
      ...TIERS.map((tier) => ({
        tier: tierNames[tier],
        communes: t.tiers[tier],
        share: share(t.tiers[tier], t.communes),
      })),
      {
        tier: { vi: "Xã chưa có kết quả đánh giá", en: "Communes not assessed" },
        communes: notAssessed,
        share: share(notAssessed, t.communes),
      },
    ],
    totals: [{ tier: total, communes: t.communes, share: share(t.communes, t.communes) }],
    notes: [
      scopeNote(f),
      {
        vi: "Mỗi xã được tính một lần, ở mức cao nhất đạt được (xã kiểu mẫu không tính lại ở mức nâng cao).",
        en: "Each commune is counted once, at its own tier (a model commune is not counted again as advanced).",
      },
      averageNote,
    ],
  }
}

const summarySheet = (f: StatusFigures): Sheet => {
  const t = f.tree.tally
  const row = (vi: string, en: string, count: number | null, value: Ratio | null = null): Row => ({
    indicator: { vi, en },
    count,
    value,
  })
  const tierLost = f.regressions.filter((r) => r.tierLost !== undefined).length
  const criteriaLost = f.regressions.filter((r) => r.criteria.length > 0).length
  const withIndeterminate = f.communes.filter((c) => (c.status?.indeterminate ?? 0) > 0).length
  return {
    id: "summary",
    name: { vi: "Tổng hợp", en: "Summary" },
    title: { vi: `Tổng hợp kết quả xây dựng nông thôn mới năm ${f.year}`, en: `NTM results, ${f.year}` },
    columns: [
      column("indicator", "text", "Chỉ tiêu", "Indicator"),
      column("count", "count", "Số lượng", "Count"),
      column("value", "decimal", "Bình quân", "Average", 1),
    ],
    rows: [
      row("Số xã trong phạm vi", "Communes in scope", t.communes),
      row("Số xã đã đánh giá", "Communes assessed", t.assessed),
      row("Số xã đạt chuẩn nông thôn mới trở lên", "Communes at NTM or above", atLeast(t, "ntm")),
      row(
        "Số xã đạt chuẩn nông thôn mới nâng cao trở lên",
        "Communes at advanced NTM or above",
        atLeast(t, "advanced"),
      ),
      row("Số xã nông thôn mới kiểu mẫu", "Model NTM communes", t.tiers.model),
      row("Bình quân số tiêu chí đạt/xã", "Average criteria met per commune", null, mean(t)),
      row("Số tiêu chí đạt thấp nhất của một xã", "Fewest criteria met by a commune", t.minCriteriaMet ?? null),
      row("Số xã rớt chuẩn (giảm mức đạt chuẩn)", "Communes that lost a tier", tierLost),
      row("Số xã có tiêu chí bị rớt", "Communes that lost a criterion", criteriaLost),
      row("Số tiêu chí chưa xác định được", "Criteria that cannot be decided", t.criteriaIndeterminate),
      row("Số xã có tiêu chí chưa xác định được", "Communes with an undecided criterion", withIndeterminate),
      row("Thôn đạt chuẩn nông thôn mới (đang có hiệu lực)", "NTM villages (in force)", t.villages.ntm),
      row("Thôn nông thôn mới kiểu mẫu (đang có hiệu lực)", "Model NTM villages (in force)", t.villages.model),
      row(
        "Thôn được công nhận đạt chuẩn NTM trong năm",
        "Villages recognised NTM in the year",
        t.villagesRecognised.ntm,
      ),
      row(
        "Thôn được công nhận NTM kiểu mẫu trong năm",
        "Villages recognised model in the year",
        t.villagesRecognised.model,
      ),
    ],
    totals: [],
    notes: [
      scopeNote(f),
      averageNote,
      {
        vi: "Thôn được tính một lần, ở mức cao nhất còn hiệu lực ngày 31/12; thôn được công nhận trong năm tính theo quyết định có ngày trong năm.",
        en: "Each village counts once, at its highest recognition in force on 31 December; recognitions in the year count decisions dated in the year.",
      },
    ],
  }
}

const bandsSheet = (f: StatusFigures): Sheet => {
  const assessed = f.tree.tally.assessed
  return {
    id: "bands",
    name: { vi: "Theo số tiêu chí", en: "By criteria met" },
    title: { vi: `Số xã theo số tiêu chí đạt, năm ${f.year}`, en: `Communes by number of criteria met, ${f.year}` },
    columns: [
      column("band", "text", "Nhóm", "Band"),
      column("communes", "count", "Số xã", "Communes"),
      column("share", "percent", "Tỷ lệ trên số xã đã đánh giá (%)", "Share of assessed (%)", 1),
    ],
    rows: [
      ...f.bands.map((b) => ({ band: b.band.label, communes: b.communes, share: share(b.communes, assessed) })),
      ...(f.outsideBands > 0
        ? [
            {
              band: { vi: "Ngoài các nhóm", en: "Outside the bands" },
              communes: f.outsideBands,
              share: share(f.outsideBands, assessed),
            },
          ]
        : []),
    ],
    totals: [{ band: total, communes: assessed, share: share(assessed, assessed) }],
    notes: [scopeNote(f)],
  }
}

const attainmentSheet = (f: StatusFigures): Sheet => {
  const assessed = f.tree.tally.assessed
  return {
    id: "attainment",
    name: { vi: "Theo tiêu chí", en: "By criterion" },
    title: { vi: `Số xã đạt từng tiêu chí, năm ${f.year}`, en: `Communes meeting each criterion, ${f.year}` },
    columns: [
      column("criterion", "text", "Mã tiêu chí", "Criterion key"),
      column("name", "text", "Tiêu chí", "Criterion"),
      column("pass", "count", "Số xã đạt", "Communes meeting"),
      column("fail", "count", "Số xã chưa đạt", "Communes failing"),
      column("indeterminate", "count", "Số xã chưa xác định", "Communes undecided"),
      column("share", "percent", "Tỷ lệ xã đạt (%)", "Share meeting (%)", 1),
    ],
    rows: f.attainment.map((a) => ({
      criterion: a.key,
      name: a.name ?? null,
      pass: a.pass,
      fail: a.fail,
      indeterminate: a.indeterminate,
      share: share(a.pass, assessed),
    })),
    totals: [],
    notes: [
      scopeNote(f),
      {
        vi: `Tỷ lệ tính trên ${assessed} xã đã đánh giá. "Chưa xác định" là khi thiếu số liệu hoặc thiếu ngưỡng: không tính là đạt, cũng không tính là không đạt.`,
        en: `Shares are of the ${assessed} assessed communes. "Undecided" means a value or a threshold is missing: counted neither as met nor as failed.`,
      },
    ],
  }
}

const byUnitSheet = (f: StatusFigures, name: (code: UnitCode) => string | null): Sheet => {
  const cells = (t: Tally) => ({
    communes: t.communes,
    assessed: t.assessed,
    ntm: atLeast(t, "ntm"),
    advanced: atLeast(t, "advanced"),
    model: t.tiers.model,
    average: mean(t),
    minimum: t.minCriteriaMet ?? null,
  })
  const children: ReadonlyArray<RollUpNode> = f.tree.children
  return {
    id: "by-unit",
    name: { vi: "Theo đơn vị", en: "By unit" },
    title: { vi: `Kết quả theo đơn vị trực thuộc, năm ${f.year}`, en: `Results by sub-unit, ${f.year}` },
    columns: [
      column("code", "text", "Mã đơn vị", "Unit code"),
      column("name", "text", "Tên đơn vị", "Unit"),
      column("communes", "count", "Số xã", "Communes"),
      column("assessed", "count", "Số xã đã đánh giá", "Assessed"),
      column("ntm", "count", "Đạt chuẩn NTM trở lên", "NTM or above"),
      column("advanced", "count", "NTM nâng cao trở lên", "Advanced or above"),
      column("model", "count", "NTM kiểu mẫu", "Model"),
      column("average", "decimal", "Bình quân tiêu chí/xã", "Average criteria", 1),
      column("minimum", "count", "Tiêu chí thấp nhất", "Fewest criteria"),
    ],
    rows: children.map((c) => ({ code: c.unit, name: name(c.unit), ...cells(c.tally) })),
    totals: [{ code: f.tree.unit, name: total, ...cells(f.tree.tally) }],
    notes: [scopeNote(f), averageNote],
  }
}

const regressionsSheet = (f: StatusFigures, name: (code: UnitCode) => string | null): Sheet => ({
  id: "regressions",
  name: { vi: "Rớt chuẩn", en: "Regressions" },
  title: {
    vi: `Xã rớt chuẩn, tiêu chí bị rớt so với lần đánh giá trước, năm ${f.year}`,
    en: `Communes and criteria lost since the previous assessment, ${f.year}`,
  },
  columns: [
    column("code", "text", "Mã xã", "Commune code"),
    column("name", "text", "Tên xã", "Commune"),
    column("from", "text", "Năm so sánh", "Compared with"),
    column("to", "text", "Năm đánh giá", "Assessed"),
    column("tierLost", "text", "Mức đạt chuẩn bị mất", "Tier lost"),
    column("lost", "count", "Số tiêu chí bị rớt", "Criteria lost"),
    column("criteria", "text", "Tiêu chí bị rớt", "Criteria lost (keys)"),
    column("unclear", "text", "Tiêu chí chưa xác định (trước đạt)", "Undecided (met before)"),
    column("samePack", "text", "Cùng bộ tiêu chí", "Same pack"),
  ],
  rows: f.regressions.map((r) => ({
    code: r.unit,
    name: name(r.unit),
    from: String(r.fromYear),
    to: String(r.toYear),
    tierLost:
      r.tierLost === undefined
        ? null
        : {
            vi: `${shortTier[r.tierLost.from].vi} → ${shortTier[r.tierLost.to].vi}`,
            en: `${shortTier[r.tierLost.from].en} → ${shortTier[r.tierLost.to].en}`,
          },
    lost: r.criteria.length,
    criteria: r.criteria.join(", "),
    unclear: r.unclear.join(", "),
    samePack: r.samePack ? { vi: "Có", en: "Yes" } : { vi: "Không", en: "No" },
  })),
  totals: [],
  notes: [
    {
      vi: 'Rớt chuẩn: tiêu chí đạt ở lần đánh giá trước và không đạt ở lần này. Chuyển sang "chưa xác định" không tính là rớt chuẩn mà liệt kê riêng.',
      en: 'A regression is a criterion met at the previous assessment and failed now. Moving to "undecided" is not a regression; it is listed apart.',
    },
  ],
})

const targetsSheet = (f: StatusFigures): Sheet => ({
  id: "targets",
  name: { vi: "Chỉ tiêu kế hoạch", en: "Targets" },
  title: { vi: `Thực hiện so với chỉ tiêu kế hoạch, năm ${f.year}`, en: `Progress against targets, ${f.year}` },
  columns: [
    column("id", "text", "Mã chỉ tiêu", "Target id"),
    column("title", "text", "Chỉ tiêu", "Target"),
    column("period", "text", "Kỳ", "Period"),
    column("target", "decimal", "Kế hoạch", "Target", 2),
    column("actual", "decimal", "Thực hiện", "Actual", 2),
    column("targetDong", "money", "Kế hoạch (đồng)", "Target (VND)"),
    column("actualDong", "money", "Thực hiện (đồng)", "Actual (VND)"),
    column("achieved", "text", "Đạt kế hoạch", "Achieved"),
    column("progress", "percent", "Tiến độ (%)", "Progress (%)", 1),
    column("assessed", "count", "Số xã đã đánh giá", "Communes assessed"),
    column("communes", "count", "Số xã trong phạm vi", "Communes in scope"),
  ],
  rows: f.targets.flatMap(({ target, actuals }) =>
    actuals.map((a) => ({
      id: target.id,
      title: target.title,
      period: `${a.period.start} – ${a.period.end}`,
      target: typeof a.target === "number" ? ratioOfNumber(a.target) : null,
      actual: typeof a.actual === "number" ? ratioOfNumber(a.actual) : null,
      targetDong: typeof a.target === "bigint" ? (a.target as Vnd) : null,
      actualDong: typeof a.actual === "bigint" ? (a.actual as Vnd) : null,
      achieved:
        a.achieved === undefined
          ? { vi: "Chưa xác định", en: "Unknown" }
          : a.achieved
            ? { vi: "Đạt", en: "Yes" }
            : { vi: "Chưa đạt", en: "No" },
      progress: a.progress === undefined ? null : ratioOfNumber(a.progress.percent / 100),
      assessed: a.coverage.assessed,
      communes: a.coverage.communes,
    })),
  ),
  totals: [],
  notes: [
    {
      vi: "Chỉ tiêu có kỳ kết thúc trong năm báo cáo. Thực hiện được tính từ kết quả đánh giá, không nhập tay; khi chưa đánh giá đủ các xã, số đếm là cận dưới.",
      en: "Targets whose period ends in the report year. Actuals are computed from assessments, never typed in; when not every commune was assessed, counts are lower bounds.",
    },
  ],
})

const indeterminateSheet = (f: StatusFigures): Sheet => ({
  id: "indeterminate",
  name: { vi: "Chưa xác định", en: "Undecided" },
  title: {
    vi: `Chỉ tiêu chưa xác định được theo lý do, năm ${f.year}`,
    en: `Undecided indicators by reason, ${f.year}`,
  },
  columns: [
    column("reason", "text", "Lý do", "Reason"),
    column("indicators", "count", "Số chỉ tiêu", "Indicators"),
    column("communes", "count", "Số xã", "Communes"),
  ],
  rows: f.indeterminate.map((x) => ({
    reason: indeterminateReasonNames[x.reason],
    indicators: x.indicators,
    communes: x.communes,
  })),
  totals: [],
  notes: [
    {
      vi: "Ngưỡng thiếu căn cứ không được suy đoán: chỉ tiêu đó chưa xác định được cho đến khi có văn bản nguồn.",
      en: "A threshold with no source is never guessed: the indicator stays undecided until the source text is found.",
    },
  ],
})

/**
 * Builds the NTM status report for a year: a Vietnamese and an English paragraph, and sheets — summary, communes
 * by tier (count and %), by band of criteria met, per-criterion attainment, by sub-unit, regressions, targets vs
 * actuals, and undecided indicators by reason (when evaluations are given).
 *
 * @example
 * const report = statusReport({ year: 2024, root: unitCode("10"), inputs, targets: [ntmCommunes] })
 * report.paragraphs[0]?.vi // "Đến hết năm 2024, trong 11 xã có 11 xã đã được đánh giá; …"
 */
export const statusReport = (input: StatusReportInput): Report => {
  const f = statusFigures(input)
  const name = (code: UnitCode) => input.unitName?.(code, f.date) ?? null
  return {
    id: `ntm-status-${f.year}`,
    title: {
      vi: `Báo cáo kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới năm ${f.year}`,
      en: `New rural development (NTM) status report, ${f.year}`,
    },
    paragraphs: [{ vi: paragraph(f, "vi"), en: paragraph(f, "en") }],
    sheets: [
      summarySheet(f),
      tiersSheet(f),
      bandsSheet(f),
      attainmentSheet(f),
      byUnitSheet(f, name),
      regressionsSheet(f, name),
      ...(f.targets.length > 0 ? [targetsSheet(f)] : []),
      ...(input.evaluations !== undefined ? [indeterminateSheet(f)] : []),
    ],
  }
}
