/**
 * ILLUSTRATIVE demo fill-in for the Lào Cai 894/QĐ-UBND sets over 318/QĐ-TTg: thresholds and indicator lists the
 * sources do not give, so the demo can show pass and fail. NOT legal thresholds; every value is `demo-fill-in`.
 */
import { applyOverlays } from "../criteria/applyOverlays.ts"
import type { Criterion } from "../criteria/Criterion.ts"
import type { Indicator, IndicatorKind } from "../criteria/Indicator.ts"
import { encodeOverlay, type Overlay, type OverlayThreshold, type ValidOverlay } from "../criteria/Overlay.ts"
import type { ValidPack } from "../criteria/Pack.ts"
import { laoCai894Advanced, laoCai894Commune } from "../criteria/packs/laoCai894.ts"
import { qd318PhuLucI } from "../criteria/packs/qd318PhuLucI.ts"
import { qd318PhuLucII } from "../criteria/packs/qd318PhuLucII.ts"
import type { Provenance, SourceRef } from "../criteria/Source.ts"
import type { ThresholdValue } from "../criteria/Threshold.ts"
import { validateOverlay } from "../criteria/validateOverlay.ts"
import { isoDate } from "../shared/IsoDate.ts"
import type { LocalizedText } from "../shared/LocalizedText.ts"
import { formatProblem } from "../shared/Problem.ts"
import { DEMO_FILL_IN_IDS, DEMO_SOURCE_TEXT } from "./demoMarking.ts"

const DEMO = "DEMO"
const province = { code: "10", name: { vi: "Lào Cai", en: "Lào Cai" }, region: "TDMNPB" } as const
const source: SourceRef = { ids: [DEMO], note: DEMO_SOURCE_TEXT }
const provenance: Provenance = { status: "demo-fill-in", source, note: DEMO_SOURCE_TEXT }
const sources = [{ id: DEMO, description: DEMO_SOURCE_TEXT }]

const cell = (indicator: string, value: ThresholdValue, extra: Partial<OverlayThreshold> = {}): OverlayThreshold => ({
  indicator,
  column: "all",
  value,
  status: "demo-fill-in",
  source,
  ...extra,
})

const million = (m: number): bigint => BigInt(Math.round(m * 1_000_000))

/** Yearly income cells (min-amount, million đồng per person per year), one per assessment year. */
const incomeCells = (byYear: ReadonlyArray<readonly [number, number]>): Array<OverlayThreshold> =>
  byYear.map(([year, m]) => cell("10.income", { kind: "min-amount", min: million(m) }, { year }))

/** A demo indicator added to a criterion, with its one demo threshold. */
const demoIndicator = (
  code: string,
  name: LocalizedText,
  kind: IndicatorKind,
  value: ThresholdValue,
  unit?: string,
): Indicator => ({
  code,
  codeSourced: false,
  name: { vi: `${name.vi} (chỉ tiêu minh họa)`, en: `${name.en} (illustrative demo indicator)` },
  kind,
  ...(unit === undefined ? {} : { unit }),
  provenance,
  thresholds: [{ column: "all", value, status: "demo-fill-in", source }],
  note: DEMO_SOURCE_TEXT,
})

const passFail = (code: string, name: LocalizedText): Indicator =>
  demoIndicator(code, name, "pass-fail", { kind: "pass-fail" })

/** Completes every criterion of a pack whose indicator list is not complete (demo status). */
const completeAll = (criteria: ReadonlyArray<Criterion>) =>
  criteria
    .filter((c) => !c.indicatorsComplete)
    .map((c) => ({ criterion: c.code, status: "demo-fill-in" as const, source }))

/** The Lào Cai commune NTM set as resolved from the shipped packs: 318 Phụ lục I + 894/QĐ-UBND. */
export const laoCaiNtmBase: ValidPack = applyOverlays(qd318PhuLucI, [laoCai894Commune])
/** The Lào Cai advanced set as resolved from the shipped packs: 318 Phụ lục II + 894/QĐ-UBND. */
export const laoCaiAdvancedBase: ValidPack = applyOverlays(qd318PhuLucII, [laoCai894Advanced])

/** Demo indicators of the NTM set, one per criterion the sources give no indicator for (codes are the demo's own). */
const ntmAdded: ReadonlyArray<readonly [string, Indicator]> = [
  ["1", passFail("1.demo-planning", { vi: "Quy hoạch chung xã được duyệt", en: "Approved commune master plan" })],
  ["2", passFail("2.demo-roads", { vi: "Đường giao thông đạt yêu cầu", en: "Roads meet the requirement" })],
  ["4", passFail("4.demo-electricity", { vi: "Hệ thống điện đạt yêu cầu", en: "Electricity system meets it" })],
  [
    "5",
    passFail("5.demo-schools", { vi: "Trường học đạt chuẩn cơ sở vật chất", en: "Schools meet facility standards" }),
  ],
  [
    "6",
    passFail("6.demo-cultural-facilities", {
      vi: "Nhà văn hóa xã và thôn đạt yêu cầu",
      en: "Commune and village cultural houses meet it",
    }),
  ],
  [
    "7",
    passFail("7.demo-commerce", {
      vi: "Chợ / hạ tầng thương mại đạt yêu cầu",
      en: "Market or trade facility meets it",
    }),
  ],
  [
    "8",
    passFail("8.demo-ict", {
      vi: "Thông tin và truyền thông đạt yêu cầu",
      en: "Information and communications meet it",
    }),
  ],
  ["9", passFail("9.demo-housing", { vi: "Nhà ở dân cư đạt yêu cầu", en: "Residential housing meets it" })],
  [
    "12",
    demoIndicator(
      "12.demo-trained-labour",
      { vi: "Tỷ lệ lao động qua đào tạo", en: "Share of workers with vocational training" },
      "min-percent",
      { kind: "min-percent", min: 65 },
      "%",
    ),
  ],
  ["14", passFail("14.demo-education", { vi: "Phổ cập giáo dục đạt yêu cầu", en: "Universal education targets met" })],
  ["16", passFail("16.demo-culture", { vi: "Xã đạt chuẩn văn hóa", en: "Commune meets the culture standard" })],
  [
    "18",
    passFail("18.demo-political-system", {
      vi: "Hệ thống chính trị và tiếp cận pháp luật đạt yêu cầu",
      en: "Political system and access to law meet it",
    }),
  ],
  [
    "19",
    passFail("19.demo-defence-security", {
      vi: "Quốc phòng và an ninh đạt yêu cầu",
      en: "Defence and security meet it",
    }),
  ],
]

/**
 * ILLUSTRATIVE fill-in over the Lào Cai NTM set. Fills only what no source gives: income per year, poverty,
 * traceability, health insurance, centralised water, the e-health record after 211/QĐ-TTg (2024-03-01, where the
 * sourced 50% TDMNPB cell ends), one demo indicator per criterion with none, and the indicator lists. It leaves the
 * sourced cells alone: 3.1 ≥ 80%, the 3.2 score band, stunting ≤ 24% (TDMNPB), e-health ≥ 50% before 2024-03-01.
 */
export const laoCaiDemoNtmFillIn: Overlay = {
  format: "ntm-overlay/1",
  id: DEMO_FILL_IN_IDS.ntm,
  kind: "fill-in",
  base: laoCaiNtmBase.id,
  title: {
    vi: "Bổ sung ngưỡng MINH HỌA cho bộ tiêu chí xã NTM tỉnh Lào Cai (không phải ngưỡng pháp lý)",
    en: "ILLUSTRATIVE threshold fill-in for the Lào Cai commune NTM set (not legal thresholds)",
  },
  province,
  legalBasis: [],
  sources,
  notes: [DEMO_SOURCE_TEXT, "Demo indicator codes (e.g. 2.demo-roads) are the demo's own, not 318's numbering."],
  thresholds: [
    ...incomeCells([
      [2022, 36],
      [2023, 38],
      [2024, 40],
    ]),
    cell("11.poverty", { kind: "max-percent", max: 12 }),
    cell("13.traceability", { kind: "pass-fail" }),
    cell("15.insurance", { kind: "min-percent", min: 90 }),
    cell(
      "15.e-health-record",
      { kind: "min-percent", min: 50 },
      { column: "TDMNPB", effectiveFrom: isoDate("2024-03-01") },
    ),
    cell("17.central-water", { kind: "min-percent", min: 15 }),
  ],
  addIndicators: ntmAdded.map(([criterion, indicator]) => ({ criterion, indicator })),
  completeCriteria: completeAll(laoCaiNtmBase.criteria),
}

/** Codes of the advanced set's criteria that get one demo pass-fail indicator (all but income, poverty, water). */
const advancedDemoCriteria = laoCaiAdvancedBase.criteria
  .map((c) => c.code)
  .filter((c) => !["10", "11", "17"].includes(c))

/**
 * The demo indicator code for an advanced criterion, e.g. `"5.adv-demo"`.
 *
 * @example
 * ```ts
 * import { advancedDemoCode } from "@ntm/core/demo"
 * advancedDemoCode("5") // => "5.adv-demo"
 * ```
 */
export const advancedDemoCode = (criterion: string): string => `${criterion}.adv-demo`

/** ILLUSTRATIVE fill-in over the Lào Cai advanced set: income per year, poverty, water, one indicator per criterion. */
export const laoCaiDemoAdvancedFillIn: Overlay = {
  format: "ntm-overlay/1",
  id: DEMO_FILL_IN_IDS.advanced,
  kind: "fill-in",
  base: laoCaiAdvancedBase.id,
  title: {
    vi: "Bổ sung ngưỡng MINH HỌA cho bộ tiêu chí xã NTM nâng cao tỉnh Lào Cai (không phải ngưỡng pháp lý)",
    en: "ILLUSTRATIVE threshold fill-in for the Lào Cai advanced commune set (not legal thresholds)",
  },
  province,
  legalBasis: [],
  sources,
  notes: [DEMO_SOURCE_TEXT],
  thresholds: [
    ...incomeCells([
      [2022, 45],
      [2023, 48],
      [2024, 52],
    ]),
    cell("11.poverty", { kind: "max-percent", max: 6 }),
    cell("17.central-water", { kind: "min-percent", min: 55 }),
  ],
  addIndicators: advancedDemoCriteria.map((criterion) => {
    const base = laoCaiAdvancedBase.criteria.find((c) => c.code === criterion)
    const name = base?.name ?? { vi: criterion, en: criterion }
    return {
      criterion,
      indicator: passFail(advancedDemoCode(criterion), {
        vi: `${name.vi} đạt mức nâng cao`,
        en: `${name.en} at the advanced level`,
      }),
    }
  }),
  completeCriteria: completeAll(laoCaiAdvancedBase.criteria),
}

const validated = (overlay: Overlay, base: ValidPack): ValidOverlay => {
  const r = validateOverlay(encodeOverlay(overlay), base)
  if (!r.ok) throw new Error(`${overlay.id} is invalid:\n${r.problems.map(formatProblem).join("\n")}`)
  return r.overlay
}

/** The Lào Cai NTM set with the demo fill-in applied: evaluable, every result on a demo value provisional. */
export const laoCaiDemoNtmPack: ValidPack = applyOverlays(laoCaiNtmBase, [
  validated(laoCaiDemoNtmFillIn, laoCaiNtmBase),
])

/** The Lào Cai advanced set with the demo fill-in applied. */
export const laoCaiDemoAdvancedPack: ValidPack = applyOverlays(laoCaiAdvancedBase, [
  validated(laoCaiDemoAdvancedFillIn, laoCaiAdvancedBase),
])
