/** 319/QĐ-TTg (08/03/2022): the model commune (xã NTM kiểu mẫu) conditions 2021–2025, on top of the advanced set. */
import { isoDate } from "../../shared/IsoDate.ts"
import type { Criterion } from "../Criterion.ts"
import { unsafeValid, type ValidPack } from "../Pack.ts"
import { pick } from "./sources.ts"

const four = { ids: ["S15", "S16", "S31", "S32"] as [string, ...Array<string>] }
const reported = { status: "secondary", source: four } as const

const condition = (
  number: number,
  name: { vi: string; en: string },
  indicator: Criterion["indicators"][number],
): Criterion => ({
  code: String(number),
  number,
  name,
  rule: "all",
  indicatorsComplete: true,
  provenance: reported,
  indicators: [indicator],
})

/**
 * 319/QĐ-TTg — xã nông thôn mới kiểu mẫu 2021–2025. Condition 1 (be an advanced commune under the 2021–2025
 * advanced set) is the tier ladder's step, not a criterion here; conditions 2–4 are criteria with one indicator
 * each. The income condition is relative (≥ 10% above the advanced income threshold in force), and that threshold
 * is OPEN, so it is absent. Smart village and outstanding field are delegated to the province (it defines the models).
 */
export const qd319: ValidPack = unsafeValid({
  format: "ntm-pack/1",
  id: "qd319-2022",
  family: "commune-model-2021-2025",
  title: {
    vi: "Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025 (319/QĐ-TTg)",
    en: "Model commune NTM conditions 2021–2025 (319/QĐ-TTg)",
  },
  level: "commune",
  tier: "model",
  period: { from: 2021, to: 2025 },
  legalBasis: [
    {
      document: "319/QĐ-TTg",
      date: isoDate("2022-03-08"),
      issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
      provenance: reported,
    },
  ],
  effectiveFrom: isoDate("2022-03-08"),
  columns: { kind: "regions" },
  sources: pick("S15", "S16", "S31", "S32"),
  notes: [
    "Condition 1 (advanced commune under the 2021–2025 set) is checked by the tier ladder.",
    "Condition codes 2–4 follow the order of the reports; they are the toolkit's codes.",
  ],
  criteria: [
    condition(
      2,
      {
        vi: "Thu nhập cao hơn ít nhất 10% so với mức xã NTM nâng cao",
        en: "Income at least 10% above the advanced level",
      },
      {
        code: "2.income-above-advanced",
        codeSourced: false,
        name: {
          vi: "Thu nhập bình quân đầu người cao hơn ít nhất 10% so với ngưỡng thu nhập xã NTM nâng cao tại thời điểm đánh giá",
          en: "Average income per person at least 10% above the advanced-commune income threshold at the time of assessment",
        },
        kind: "min-amount",
        unit: "VND/person/year",
        provenance: reported,
        thresholds: [],
        note: "Relative to the advanced income threshold, which is OPEN; a fill-in may supply the computed amount.",
      },
    ),
    condition(
      3,
      { vi: "Có ít nhất một mô hình thôn thông minh", en: "At least one smart-village model" },
      {
        code: "3.smart-village",
        codeSourced: false,
        name: { vi: "Có ít nhất một mô hình thôn thông minh", en: "At least one smart-village model" },
        kind: "pass-fail",
        delegated: true,
        provenance: reported,
        thresholds: [{ column: "all", value: { kind: "pass-fail" }, status: "secondary", source: four }],
        note: "The province specifies the smart-village model.",
      },
    ),
    condition(
      4,
      { vi: "Đạt tiêu chí xã kiểu mẫu ở lĩnh vực nổi trội", en: "Model criteria met in an outstanding field" },
      {
        code: "4.outstanding-field",
        codeSourced: false,
        name: {
          vi: "Đạt tiêu chí xã NTM kiểu mẫu ở ít nhất một lĩnh vực nổi trội của địa phương",
          en: "Model-commune criteria met in at least one outstanding local field",
        },
        kind: "pass-fail",
        delegated: true,
        provenance: reported,
        thresholds: [{ column: "all", value: { kind: "pass-fail" }, status: "secondary", source: four }],
        note: "The province issues the field criteria (production, education, culture, tourism, …).",
      },
    ),
  ],
})
