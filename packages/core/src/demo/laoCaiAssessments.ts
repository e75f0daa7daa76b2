/**
 * ILLUSTRATIVE demo assessments: measured values for 20 real old-Lào-Cai communes (xã; codes and names from the
 * units registry, lao-cai-units.md §1.2) for 2022, 2023 and 2024, evaluated under the Lào Cai 894 sets with the
 * demo fill-in. The values are INVENTED to give a plausible mix; they are NOT facts about these communes.
 */
import type { Evaluation } from "../criteria/Evaluation.ts"
import type { EvaluationInput, Measured } from "../criteria/Measured.ts"
import type { Tier } from "../criteria/Pack.ts"
import { prepare } from "../criteria/prepare.ts"
import { renderEvaluation } from "../criteria/render.ts"
import { evaluateTiers, type TierLadder } from "../criteria/tierLadder.ts"
import { communeStatus } from "../integration/communeStatus.ts"
import type { CommuneStatus } from "../plans/Inputs.ts"
import { endOfYear } from "../shared/IsoDate.ts"
import { unitCode } from "../shared/UnitCode.ts"
import { laoCaiRegistry } from "../units/data/laoCai.ts"
import { classificationsOf, regionAt } from "../units/Registry.ts"
import { DEMO_NOTICE } from "./demoMarking.ts"
import { advancedDemoCode, laoCaiDemoAdvancedPack, laoCaiDemoNtmFillIn, laoCaiDemoNtmPack } from "./laoCaiDemoFillIn.ts"

/**
 * One commune-year of ILLUSTRATIVE measurements. Numbers: income in million đồng per person per year, poverty,
 * trained labour and centralised water in %. `fail` lists criteria whose demo pass-fail indicator is not met;
 * `missing` lists indicator codes with no value (the criterion becomes indeterminate); `health` overrides the
 * commune's health and irrigation figures; `advanced` says the advanced set's demo indicators are all met.
 */
export interface DemoMeasurement {
  readonly code: string
  readonly year: number
  readonly income: number
  readonly poverty: number
  readonly labour: number
  readonly water: number
  readonly fail?: ReadonlyArray<string>
  readonly missing?: ReadonlyArray<string>
  readonly health?: Partial<HealthFigures>
  readonly advanced?: boolean
}

/** Irrigation (3.1), disaster-prevention score (3.2), health insurance, stunting and e-health record, in % or points. */
export interface HealthFigures {
  readonly irrigation: number
  readonly disasterScore: number
  readonly insurance: number
  readonly stunting: number
  readonly eHealth: number
}

const lowland: HealthFigures = { irrigation: 86, disasterScore: 64, insurance: 96, stunting: 19.5, eHealth: 61 }
const highland: HealthFigures = { irrigation: 81, disasterScore: 56, insurance: 98, stunting: 23.2, eHealth: 53 }

/** Communes whose ILLUSTRATIVE health profile is the highland one. */
const highlandCommunes = new Set(["02701", "02842", "02791", "02794", "02776", "03019", "03040", "03037"])

type Row = readonly [
  code: string,
  year: number,
  income: number,
  poverty: number,
  labour: number,
  water: number,
  extra?: Omit<DemoMeasurement, "code" | "year" | "income" | "poverty" | "labour" | "water">,
]

/* Designed outcomes (NTM criteria met of 19; F = failing, I = indeterminate) — the test asserts them:
 * 02929 Sơn Hải        advanced 2022–2024 (Sơn Hải was recognised advanced for 2022, S17 — the values are not real)
 * 02944 Phú Nhuận      NTM 2022, 2023; advanced 2024
 * 02788 Bản Lầu, 02923 Gia Phú                      NTM every year
 * 02662 Đồng Tuyển     F[10] 2022; NTM 2023, 2024
 * 03040 Tả Van         F[17] 2022; NTM 2023; F[10,17] I[15] 2024 — regression
 * 03037 Mường Hoa      F[10,11,12] → F[10,11] → NTM 2024
 * 02797 Bản Sen        F[10,11,17] → F[10,17] → F[10,17]
 * 02782 Cao Sơn        F[5,9,10,11,17] → F[5,10,11,17] → same
 * 03019 Hoàng Liên     F[2,10,11,13,17] → F[2,10,11,13] → same
 * 02776 Lùng Khấu Nhin F[2,5,10,11,12,13,17] → F[2,10,11,12,13,17] → F[2,10,11,12,17]
 * 02794 Tả Thàng       F[2,5,9,10,11,12,13,14,17] twice → F[2,5,10,11,12,13,17] I[14]
 * 02791 La Pan Tẩn     F[2,5,9,10,11,12,13,15,17] → F[2,5,9,10,11,12,13,17] twice
 * 02917 Thái Niên      NTM 2022, 2023; F[13] 2024 — regression
 * 02866 Bản Phố        F[11] 2022; NTM 2023; F[11] 2024 — regression
 * 02953 Nghĩa Đô       NTM 2022, 2023; I[8] 2024 — a missing report, not a regression
 * 03097 Hoà Mạc        F[10,12] → F[12] I[15] → NTM 2024
 * 02677 Tả Phời        F[17] 2022; NTM 2023, 2024
 * 02701 Y Tý           F[2,4,5,7,9,10,11,12,13,14,17] (8/19) → F[2,5,7,9,10,11,12,13,17] → F[2,5,9,10,11,12,13,17]
 * 02842 Lùng Cải       F[2,5,9,10,11,12,13,17] I[15] → same without I → F[2,5,10,11,12,13,17]
 */
const rows: ReadonlyArray<Row> = [
  ["02929", 2022, 48.5, 2.1, 78, 62, { advanced: true }],
  ["02929", 2023, 51.2, 1.8, 79, 64, { advanced: true }],
  ["02929", 2024, 55.0, 1.5, 80, 66, { advanced: true }],
  ["02944", 2022, 42.0, 3.5, 74, 50],
  ["02944", 2023, 46.0, 3.0, 75, 52],
  ["02944", 2024, 53.5, 2.4, 77, 58, { advanced: true }],
  ["02788", 2022, 37.5, 9.8, 68, 22],
  ["02788", 2023, 39.6, 8.5, 69, 24],
  ["02788", 2024, 41.8, 7.6, 70, 25],
  ["02923", 2022, 41.2, 4.8, 72, 35],
  ["02923", 2023, 43.5, 4.2, 73, 37],
  ["02923", 2024, 46.0, 3.6, 74, 40],
  ["02662", 2022, 35.1, 3.9, 76, 45],
  ["02662", 2023, 39.4, 3.4, 77, 47],
  ["02662", 2024, 43.0, 2.9, 78, 49],
  ["03040", 2022, 36.8, 10.9, 66, 12.5],
  ["03040", 2023, 38.6, 10.2, 67, 16],
  ["03040", 2024, 39.2, 9.8, 67, 14, { missing: ["15.stunting"] }],
  ["03037", 2022, 33.0, 14.8, 61, 20],
  ["03037", 2023, 36.9, 13.1, 66, 21],
  ["03037", 2024, 40.6, 11.2, 68, 23],
  ["02797", 2022, 34.2, 12.9, 66, 11],
  ["02797", 2023, 37.1, 11.4, 67, 12],
  ["02797", 2024, 39.0, 10.6, 68, 13],
  ["02782", 2022, 30.5, 16.2, 66, 9, { fail: ["5", "9"] }],
  ["02782", 2023, 33.0, 14.0, 67, 10, { fail: ["5"] }],
  ["02782", 2024, 36.4, 12.6, 68, 12, { fail: ["5"] }],
  ["03019", 2022, 31.8, 15.5, 70, 13, { fail: ["2", "13"] }],
  ["03019", 2023, 34.6, 13.8, 71, 16, { fail: ["2", "13"] }],
  ["03019", 2024, 37.9, 12.4, 72, 18, { fail: ["2", "13"] }],
  ["02776", 2022, 27.4, 24.5, 52, 8, { fail: ["2", "5", "13"] }],
  ["02776", 2023, 30.1, 21.0, 56, 10, { fail: ["2", "13"] }],
  ["02776", 2024, 33.8, 17.9, 60, 12, { fail: ["2"] }],
  ["02794", 2022, 24.6, 31.2, 48, 6, { fail: ["2", "5", "9", "13", "14"] }],
  ["02794", 2023, 27.0, 27.5, 51, 8, { fail: ["2", "5", "9", "13", "14"] }],
  ["02794", 2024, 30.2, 23.4, 55, 10, { fail: ["2", "5", "13"], missing: ["14.demo-education"] }],
  ["02791", 2022, 25.3, 29.8, 50, 7, { fail: ["2", "5", "9", "13"], health: { stunting: 27.5 } }],
  ["02791", 2023, 27.9, 26.0, 53, 9, { fail: ["2", "5", "9", "13"] }],
  ["02791", 2024, 31.0, 22.7, 57, 11, { fail: ["2", "5", "9", "13"] }],
  ["02917", 2022, 40.3, 5.1, 71, 30],
  ["02917", 2023, 42.7, 4.6, 72, 32],
  ["02917", 2024, 45.1, 4.0, 73, 33, { fail: ["13"] }],
  ["02866", 2022, 37.0, 13.4, 66, 18],
  ["02866", 2023, 38.9, 11.8, 67, 19],
  ["02866", 2024, 40.5, 12.7, 68, 20],
  ["02953", 2022, 38.4, 8.9, 69, 26],
  ["02953", 2023, 40.2, 7.8, 70, 27],
  ["02953", 2024, 42.5, 6.9, 71, 28, { missing: ["8.demo-ict"] }],
  ["03097", 2022, 35.5, 9.9, 63, 21],
  ["03097", 2023, 38.3, 9.1, 64, 22, { missing: ["15.insurance"] }],
  ["03097", 2024, 40.9, 8.3, 66, 23],
  ["02677", 2022, 37.8, 7.5, 70, 13],
  ["02677", 2023, 39.7, 6.8, 71, 17],
  ["02677", 2024, 41.9, 6.0, 72, 19],
  ["02701", 2022, 21.5, 38.6, 41, 4, { fail: ["2", "4", "5", "7", "9", "13", "14"] }],
  ["02701", 2023, 24.0, 34.0, 45, 5, { fail: ["2", "5", "7", "9", "13"] }],
  ["02701", 2024, 27.2, 30.1, 49, 7, { fail: ["2", "5", "9", "13"] }],
  ["02842", 2022, 23.0, 33.5, 46, 5, { fail: ["2", "5", "9", "13"], missing: ["15.insurance"] }],
  ["02842", 2023, 25.8, 30.2, 49, 6, { fail: ["2", "5", "9", "13"] }],
  ["02842", 2024, 29.0, 26.9, 53, 8, { fail: ["2", "5", "13"] }],
]

/** The ILLUSTRATIVE measurements, one per commune and year (20 communes × 2022, 2023, 2024). */
export const laoCaiDemoMeasurements: ReadonlyArray<DemoMeasurement> = rows.map(
  ([code, year, income, poverty, labour, water, extra]) => ({ code, year, income, poverty, labour, water, ...extra }),
)

/** The 20 sample communes (real xã codes of old Lào Cai), in the order of the measurements. */
export const laoCaiDemoCommunes: ReadonlyArray<string> = [...new Set(rows.map((r) => r[0]))]

/** The demo pass-fail indicators of the NTM fill-in, by criterion. */
const ntmPassFail: ReadonlyMap<string, string> = new Map(
  laoCaiDemoNtmFillIn.addIndicators
    .filter((a) => a.indicator.kind === "pass-fail")
    .map((a) => [a.criterion, a.indicator.code] as const),
)

const pct = (value: number): Measured => ({ kind: "percent", value })
const yes = (value: boolean): Measured => ({ kind: "boolean", value })

/** The measured values of a commune-year, keyed by indicator code (of both the NTM and the advanced set). */
const valuesOf = (m: DemoMeasurement): Record<string, Measured> => {
  const h = { ...(highlandCommunes.has(m.code) ? highland : lowland), ...m.health }
  const fails = new Set(m.fail ?? [])
  const values: Record<string, Measured> = {
    "3.1": pct(h.irrigation),
    "3.2": { kind: "score", points: h.disasterScore, mandatoryItemsMet: true },
    "10.income": { kind: "amount", dong: BigInt(Math.round(m.income * 10)) * 100_000n },
    "11.poverty": pct(m.poverty),
    "12.demo-trained-labour": pct(m.labour),
    "13.traceability": yes(!fails.has("13")),
    "15.insurance": pct(h.insurance),
    "15.stunting": pct(h.stunting),
    "15.e-health-record": pct(h.eHealth),
    "17.central-water": pct(m.water),
  }
  for (const [criterion, code] of ntmPassFail) values[code] = yes(!fails.has(criterion))
  if (m.advanced === true) for (const c of laoCaiDemoAdvancedPack.criteria) values[advancedDemoCode(c.code)] = yes(true)
  for (const code of m.missing ?? []) delete values[code]
  return values
}

/**
 * The evaluation input of a commune-year: its facts from the units registry as of 31 December of the year.
 *
 * @example
 * ```ts
 * import { demoInput, laoCaiDemoMeasurements } from "@ntm/core/demo"
 * const input = demoInput(laoCaiDemoMeasurements[0]!)
 * input.commune.code // => "02929"
 * input.date // => "2022-12-31"
 * ```
 */
export const demoInput = (m: DemoMeasurement): EvaluationInput => {
  const date = endOfYear(m.year)
  const region = regionAt(laoCaiRegistry, m.code, date)
  return {
    commune: {
      code: unitCode(m.code),
      ...(region === undefined ? {} : { region }),
      classifications: classificationsOf(laoCaiRegistry, m.code, date),
    },
    year: m.year,
    date,
    values: valuesOf(m),
  }
}

/** One evaluated demo assessment: the input, the NTM and advanced evaluations, the ladder and the plans status. */
export interface DemoAssessment {
  readonly input: EvaluationInput
  readonly evaluations: Partial<Record<Tier, Evaluation>>
  readonly ladder: TierLadder
  readonly status: CommuneStatus
  /** Always {@link DEMO_NOTICE}: every result here rests on demo fill-in values and invented measurements. */
  readonly notice: typeof DEMO_NOTICE
}

/**
 * Evaluates every demo measurement (pure; the packs are prepared once per call) against the Lào Cai NTM and
 * advanced sets with the demo fill-in, climbs the tier ladder (model is not evaluated) and adapts each result to a
 * `CommuneStatus` through {@link communeStatus}. Status criteria are keyed `commune-ntm-2021-2025:<n>`; the status
 * `packId` is the demo fill-in's id, so the demo origin travels with every status.
 *
 * @example
 * ```ts
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * const { statuses } = evaluateLaoCaiDemo()
 * statuses.filter((s) => s.year === 2024 && s.tier !== "none").length // => 8
 * ```
 */
export const evaluateLaoCaiDemo = (
  measurements: ReadonlyArray<DemoMeasurement> = laoCaiDemoMeasurements,
): { readonly assessments: ReadonlyArray<DemoAssessment>; readonly statuses: ReadonlyArray<CommuneStatus> } => {
  const packs = { ntm: prepare(laoCaiDemoNtmPack), advanced: prepare(laoCaiDemoAdvancedPack) }
  const assessments = measurements.map((m): DemoAssessment => {
    const input = demoInput(m)
    const { evaluations, ladder } = evaluateTiers(packs, input)
    const ntm = evaluations.ntm as Evaluation
    return { input, evaluations, ladder, status: communeStatus(ntm, ladder), notice: DEMO_NOTICE }
  })
  return { assessments, statuses: assessments.map((a) => a.status) }
}

/**
 * The ILLUSTRATIVE commune statuses of the demo (2022–2024), for reports and the API seed.
 *
 * @example
 * ```ts
 * import { laoCaiDemoStatuses } from "@ntm/core/demo"
 * laoCaiDemoStatuses().length // => 60
 * ```
 */
export const laoCaiDemoStatuses = (): ReadonlyArray<CommuneStatus> => evaluateLaoCaiDemo().statuses

/**
 * Renders a demo assessment's NTM evaluation (Markdown) under the demo notice, so no rendering of it loses the label.
 *
 * @example
 * ```ts
 * import { evaluateLaoCaiDemo, renderDemoAssessment } from "@ntm/core/demo"
 * renderDemoAssessment(evaluateLaoCaiDemo().assessments[0]!, "vi").split("\n")[0] // => "> MINH HỌA: kết quả dựa trên ngưỡng bổ sung minh họa (demo-fill-in), không phải ngưỡng pháp lý của 318/QĐ-TTg / 894/QĐ-UBND; số liệu đo của xã cũng là minh họa."
 * ```
 */
export const renderDemoAssessment = (a: DemoAssessment, language: "vi" | "en"): string =>
  `> ${a.notice[language]}\n\n${renderEvaluation(a.evaluations.ntm as Evaluation, language)}`
