/** 318/QĐ-TTg (08/03/2022), Phụ lục II: the national advanced commune set 2021–2025 (xã NTM nâng cao). */
import { isoDate } from "../../shared/IsoDate.ts"
import type { Indicator } from "../Indicator.ts"
import { unsafeValid, type ValidPack } from "../Pack.ts"
import { partialCriterion } from "./build.ts"
import { qd211Basis } from "./qd211.ts"
import { pick } from "./sources.ts"

const listed = {
  status: "secondary",
  source: { ids: ["S6", "S11", "S29"] },
  note: "numbering from the Lào Cai copy [S6]; one-to-one match with the national Phụ lục II to verify",
} as const

const income: Indicator = {
  code: "10.income",
  codeSourced: false,
  name: { vi: "Thu nhập bình quân đầu người khu vực nông thôn", en: "Average rural income per person" },
  kind: "min-amount",
  unit: "VND/person/year",
  provenance: { status: "secondary", source: { ids: ["S6"] } },
  thresholds: [],
  note: "OPEN for every year and column.",
}

const poverty: Indicator = {
  code: "11.poverty",
  codeSourced: false,
  name: { vi: "Tỷ lệ nghèo đa chiều", en: "Multidimensional poverty rate" },
  kind: "max-percent",
  unit: "%",
  provenance: { status: "secondary", source: { ids: ["S6"] } },
  thresholds: [],
  note: "OPEN.",
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
  thresholds: [
    {
      column: "national",
      value: { kind: "min-percent", min: 55 },
      status: "secondary",
      source: {
        ids: ["S28"],
        note: "CONFIRMED-1 as a national/blanket figure (Thanh Hóa report); no regional column is sourced",
      },
    },
  ],
  note: "Regional values (including TDMNPB) are absent: the national cell is shown but never applied to a commune.",
}

/**
 * 318/QĐ-TTg Phụ lục II — xã nông thôn mới nâng cao 2021–2025. 19 criteria (list from the Lào Cai copy [S6],
 * cross-checked by [S11][S29]). Thresholds: none beyond the centralised-water lead; the advanced band of 3.2 is OPEN.
 */
export const qd318PhuLucII: ValidPack = unsafeValid({
  format: "ntm-pack/1",
  id: "qd318-2022/phu-luc-2",
  family: "commune-advanced-2021-2025",
  title: {
    vi: "Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (318/QĐ-TTg, Phụ lục II)",
    en: "National advanced commune NTM criteria 2021–2025 (318/QĐ-TTg, Appendix II)",
  },
  level: "commune",
  tier: "advanced",
  period: { from: 2021, to: 2025 },
  legalBasis: [
    {
      document: "318/QĐ-TTg",
      part: "Phụ lục II",
      date: isoDate("2022-03-08"),
      issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
      provenance: { status: "secondary", source: { ids: ["S1", "S4"] } },
    },
    qd211Basis,
  ],
  effectiveFrom: isoDate("2022-03-08"),
  columns: { kind: "regions" },
  declared: { criteria: 19, source: "S6" },
  sources: pick("S1", "S4", "S6", "S11", "S13", "S14", "S28", "S29", "P3"),
  notes: [
    "Indicator codes are stable toolkit codes; none is sourced.",
    "Critical criteria for revocation (10, 17, 18, 19) per [S11]; advanced and model communes are measured against this set [S34].",
  ],
  criteria: [
    partialCriterion(1, { vi: "Quy hoạch", en: "Planning" }, listed),
    partialCriterion(2, { vi: "Giao thông", en: "Transport" }, listed),
    partialCriterion(3, { vi: "Thủy lợi và phòng, chống thiên tai", en: "Irrigation and disaster prevention" }, listed),
    partialCriterion(4, { vi: "Điện", en: "Electricity" }, listed),
    partialCriterion(5, { vi: "Giáo dục", en: "Education" }, listed),
    partialCriterion(6, { vi: "Văn hóa", en: "Culture" }, listed),
    partialCriterion(7, { vi: "Cơ sở hạ tầng thương mại nông thôn", en: "Rural commercial infrastructure" }, listed),
    partialCriterion(8, { vi: "Thông tin và Truyền thông", en: "Information and communications" }, listed),
    partialCriterion(9, { vi: "Nhà ở dân cư", en: "Housing" }, listed),
    partialCriterion(10, { vi: "Thu nhập", en: "Income" }, listed, [income], { critical: true }),
    partialCriterion(11, { vi: "Nghèo đa chiều", en: "Multidimensional poverty" }, listed, [poverty]),
    partialCriterion(12, { vi: "Lao động", en: "Labour" }, listed),
    partialCriterion(
      13,
      { vi: "Tổ chức sản xuất và phát triển kinh tế nông thôn", en: "Production organisation and rural economy" },
      listed,
    ),
    partialCriterion(14, { vi: "Y tế", en: "Health" }, listed),
    partialCriterion(15, { vi: "Hành chính công", en: "Public administration" }, listed),
    partialCriterion(16, { vi: "Tiếp cận pháp luật", en: "Access to law" }, listed),
    partialCriterion(17, { vi: "Môi trường", en: "Environment" }, listed, [centralWater], { critical: true }),
    partialCriterion(18, { vi: "Chất lượng môi trường sống", en: "Quality of the living environment" }, listed, [], {
      critical: true,
    }),
    partialCriterion(19, { vi: "Quốc phòng và An ninh", en: "Defence and security" }, listed, [], { critical: true }),
  ],
})
