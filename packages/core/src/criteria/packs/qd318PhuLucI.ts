/** 318/QĐ-TTg (08/03/2022), Phụ lục I: the national commune NTM set 2021–2025 (bộ tiêu chí quốc gia về xã NTM). */
import { isoDate } from "../../shared/IsoDate.ts"
import type { Indicator } from "../Indicator.ts"
import { unsafeValid, type ValidPack } from "../Pack.ts"
import { groups, partialCriterion } from "./build.ts"
import { QD211_EFFECTIVE, qd211Basis } from "./qd211.ts"
import { pick } from "./sources.ts"

const listed = { status: "secondary", source: { ids: ["S5", "S4"] } } as const
const mard = { vi: "Bộ Nông nghiệp và Phát triển nông thôn", en: "Ministry of Agriculture and Rural Development" }

/** 3.1 — the only numeric NTM threshold two sources agree on (≥ 80%, no regional variation). */
const irrigation: Indicator = {
  code: "3.1",
  codeSourced: true,
  name: {
    vi: "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động",
    en: "Share of agricultural production land with active irrigation and drainage",
  },
  kind: "min-percent",
  unit: "%",
  ministry: mard,
  provenance: { status: "secondary", source: { ids: ["S5", "S18", "S19"] } },
  thresholds: [
    {
      column: "all",
      value: { kind: "min-percent", min: 80 },
      status: "secondary",
      source: { ids: ["S5", "S18", "S19"], note: "CONFIRMED-2; the sources give no regional variation" },
    },
  ],
}

/** 3.2 — "4 tại chỗ": every mandatory item met and a score of at least 50 (MARD 1680/QĐ-BNN-VPĐP). */
const disasterPrevention: Indicator = {
  code: "3.2",
  codeSourced: true,
  name: {
    vi: "Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ",
    en: "Meets active disaster-prevention requirements (the '4 tại chỗ' motto)",
  },
  kind: "min-score",
  unit: "points",
  ministry: mard,
  provenance: { status: "secondary", source: { ids: ["S18", "S19"] } },
  thresholds: [
    {
      column: "all",
      value: { kind: "min-score", min: 50, requiresMandatoryItems: true },
      status: "secondary",
      source: {
        ids: ["S18", "S19"],
        note: "CONFIRMED-2: 50 to under 70 points is the NTM level; a higher score is read as exceeding it (toolkit reading)",
      },
    },
  ],
}

const income: Indicator = {
  code: "10.income",
  codeSourced: false,
  name: { vi: "Thu nhập bình quân đầu người khu vực nông thôn", en: "Average rural income per person" },
  kind: "min-amount",
  unit: "VND/person/year",
  provenance: { status: "secondary", source: { ids: ["S5"], note: "318 gives a 2022 figure, national and by region" } },
  thresholds: [],
  note: "All values OPEN (2022–2025). '≥ 39 million (TDMNPB)' is quoted without a source and is not encoded.",
}

const poverty: Indicator = {
  code: "11.poverty",
  codeSourced: false,
  name: { vi: "Tỷ lệ nghèo đa chiều giai đoạn 2021–2025", en: "Multidimensional poverty rate, 2021–2025 standard" },
  kind: "max-percent",
  unit: "%",
  provenance: { status: "secondary", source: { ids: ["P5"], note: "named as hard to meet in Lào Cai, 2024" } },
  thresholds: [],
  note: "OPEN. '≤ 13% (TDMNPB)' is quoted without a source and is not encoded.",
}

const traceability: Indicator = {
  code: "13.traceability",
  codeSourced: false,
  name: {
    vi: "Truy xuất nguồn gốc sản phẩm chủ lực gắn với vùng nguyên liệu đạt VietGAP hoặc tương đương",
    en: "Traceability of key products tied to raw-material areas certified VietGAP or equivalent",
  },
  kind: "pass-fail",
  provenance: { status: "secondary", source: { ids: ["P5"] } },
  thresholds: [],
  note: "Exists as an indicator [P5]; its requirement is OPEN (likely pass/fail).",
}

const insurance: Indicator = {
  code: "15.insurance",
  codeSourced: false,
  name: { vi: "Tỷ lệ người dân tham gia bảo hiểm y tế", en: "Share of people with health insurance (BHYT)" },
  kind: "min-percent",
  unit: "%",
  provenance: { status: "unverified", note: "expected in 318; no cited source names it for 2021–2025" },
  thresholds: [],
  note: "OPEN. The 2016–2020 value (85%) is not applicable.",
}

const p1 = (note: string) => ({ ids: ["P1"] as [string], note })
const stuntingNote = "CONFIRMED-1; the source prints '≥', a rate can only be a ceiling; possibly the draft of 318"
const stunting: Indicator = {
  code: "15.stunting",
  codeSourced: false,
  name: {
    vi: "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)",
    en: "Share of children under 5 who are stunted (height-for-age)",
  },
  kind: "max-percent",
  unit: "%",
  provenance: { status: "secondary", source: { ids: ["P1"] } },
  thresholds: (
    [
      ["TDMNPB", 24],
      ["DBSH", 16.5],
      ["BTB", 25],
      ["DHNTB", 22],
      ["TN", 26.5],
      ["DNB", 14.5],
      ["DBSCL", 19],
    ] as const
  ).map(([column, max]) => ({
    column,
    value: { kind: "max-percent" as const, max },
    status: "secondary" as const,
    source: p1(stuntingNote),
  })),
  note: "National value cut off in the source: absent.",
}

const eHealth: Indicator = {
  code: "15.e-health-record",
  codeSourced: false,
  name: {
    vi: "Tỷ lệ dân số có sổ khám chữa bệnh điện tử",
    en: "Share of the population with an electronic health record",
  },
  kind: "min-percent",
  unit: "%",
  provenance: { status: "secondary", source: { ids: ["P1"] } },
  thresholds: (
    [
      ["TDMNPB", 50],
      ["DBSH", 70],
    ] as const
  ).map(([column, min]) => ({
    column,
    value: { kind: "min-percent" as const, min },
    status: "secondary" as const,
    source: p1("CONFIRMED-1; treated as pre-2024: 211/QĐ-TTg may have changed it"),
    effectiveTo: QD211_EFFECTIVE,
  })),
  note: "Other regions and the national value are cut off in the source; after 2024-03-01 absent (211/QĐ-TTg).",
}

const centralWater: Indicator = {
  code: "17.central-water",
  codeSourced: false,
  name: {
    vi: "Tỷ lệ hộ sử dụng nước sạch từ công trình cấp nước tập trung",
    en: "Share of households using clean water from a centralised supply system",
  },
  kind: "min-percent",
  unit: "%",
  provenance: { status: "secondary", source: { ids: ["S28"] } },
  thresholds: [],
  note: "A Thanh Hóa report gives '15% to 20%' depending on region; the split is not given, so no value is encoded.",
}

const i = groups.infrastructure
const e = groups.economy
const s = groups.society
const p = groups.political

/**
 * 318/QĐ-TTg Phụ lục I — xã nông thôn mới 2021–2025. 19 criteria in 5 groups, 7 region columns plus "chung".
 * Criterion names and numbers are sourced [S5][S4]; indicator numbering is sourced only for 3.1 and 3.2 — other
 * codes (e.g. `15.stunting`) are the toolkit's own and stable. Only the indicators a source names are listed, so
 * every criterion is marked incomplete until an operator fills it from the primary text.
 */
export const qd318PhuLucI: ValidPack = unsafeValid({
  format: "ntm-pack/1",
  id: "qd318-2022/phu-luc-1",
  family: "commune-ntm-2021-2025",
  title: {
    vi: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (318/QĐ-TTg, Phụ lục I)",
    en: "National commune NTM criteria 2021–2025 (318/QĐ-TTg, Appendix I)",
  },
  level: "commune",
  tier: "ntm",
  period: { from: 2021, to: 2025 },
  legalBasis: [
    {
      document: "318/QĐ-TTg",
      part: "Phụ lục I",
      date: isoDate("2022-03-08"),
      issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
      provenance: { status: "secondary", source: { ids: ["S1", "S4", "S5"] } },
    },
    qd211Basis,
  ],
  effectiveFrom: isoDate("2022-03-08"),
  columns: { kind: "regions" },
  declared: { criteria: 19, source: "S4, S5" },
  sources: pick("S1", "S4", "S5", "S11", "S13", "S14", "S18", "S19", "S28", "P1", "P3", "P5"),
  notes: [
    "Indicator numbering: only 3.1 and 3.2 are sourced; other codes are stable toolkit codes.",
    "Indicator names are paraphrases of secondary sources; verify the wording against the primary text.",
    "Critical criteria for revocation (10, 17, 19) per [S11].",
    "211/QĐ-TTg (2024-03-01) amended unknown commune indicators; only the e-health-record cells are end-dated.",
  ],
  criteria: [
    partialCriterion(1, { vi: "Quy hoạch", en: "Planning" }, listed, [], { group: groups.planning }),
    partialCriterion(2, { vi: "Giao thông", en: "Transport" }, listed, [], { group: i }),
    {
      ...partialCriterion(
        3,
        { vi: "Thủy lợi và phòng, chống thiên tai", en: "Irrigation and disaster prevention" },
        listed,
        [irrigation, disasterPrevention],
        { group: i },
      ),
      indicatorsComplete: true,
      provenance: {
        status: "secondary",
        source: { ids: ["S5", "S18", "S19"] },
        note: "[S5] gives criterion 3 as 3.1 and 3.2; completeness to verify against the primary text",
      },
    },
    partialCriterion(4, { vi: "Điện", en: "Electricity" }, listed, [], { group: i }),
    partialCriterion(5, { vi: "Trường học", en: "Schools" }, listed, [], { group: i }),
    partialCriterion(6, { vi: "Cơ sở vật chất văn hóa", en: "Cultural facilities" }, listed, [], { group: i }),
    partialCriterion(
      7,
      { vi: "Cơ sở hạ tầng thương mại nông thôn", en: "Rural commercial infrastructure" },
      listed,
      [],
      { group: i },
    ),
    partialCriterion(8, { vi: "Thông tin và Truyền thông", en: "Information and communications" }, listed, [], {
      group: i,
    }),
    partialCriterion(9, { vi: "Nhà ở dân cư", en: "Residential housing" }, listed, [], { group: i }),
    partialCriterion(10, { vi: "Thu nhập", en: "Income" }, listed, [income], { group: e, critical: true }),
    partialCriterion(11, { vi: "Nghèo đa chiều", en: "Multidimensional poverty" }, listed, [poverty], { group: e }),
    partialCriterion(12, { vi: "Lao động", en: "Labour" }, listed, [], { group: e }),
    partialCriterion(
      13,
      {
        vi: "Tổ chức sản xuất và phát triển kinh tế nông thôn",
        en: "Production organisation and rural economic development",
      },
      listed,
      [traceability],
      { group: e },
    ),
    partialCriterion(14, { vi: "Giáo dục và Đào tạo", en: "Education and training" }, listed, [], { group: s }),
    partialCriterion(15, { vi: "Y tế", en: "Health" }, listed, [insurance, stunting, eHealth], { group: s }),
    partialCriterion(16, { vi: "Văn hóa", en: "Culture" }, listed, [], { group: s }),
    partialCriterion(
      17,
      { vi: "Môi trường và an toàn thực phẩm", en: "Environment and food safety" },
      listed,
      [centralWater],
      {
        group: s,
        critical: true,
      },
    ),
    partialCriterion(
      18,
      { vi: "Hệ thống chính trị và tiếp cận pháp luật", en: "Political system and access to law" },
      listed,
      [],
      {
        group: p,
      },
    ),
    partialCriterion(19, { vi: "Quốc phòng và An ninh", en: "National defence and security" }, listed, [], {
      group: p,
      critical: true,
    }),
  ],
})
