/** 320/QĐ-TTg (08/03/2022), Phụ lục I: the district NTM set 2021–2025 (huyện NTM), as far as its structure is known. */
import { isoDate } from "../../shared/IsoDate.ts"
import type { Criterion } from "../Criterion.ts"
import type { Indicator } from "../Indicator.ts"
import { unsafeValid, type ValidPack } from "../Pack.ts"
import { partialCriterion } from "./build.ts"
import { pick } from "./sources.ts"

const unverifiedName = { status: "unverified", note: "name not confirmed by a cited source" } as const
const share = (code: string, vi: string, en: string, min: number, ids: [string, ...Array<string>]): Indicator => ({
  code,
  codeSourced: false,
  name: { vi, en },
  kind: "min-percent",
  unit: "%",
  provenance: { status: "secondary", source: { ids } },
  thresholds: [{ column: "all", value: { kind: "min-percent", min }, status: "secondary", source: { ids } }],
})

/** The recognition conditions (1)–(4) of a district, as one criterion; condition (5) is criteria 1–9. */
const conditions: Criterion = {
  code: "conditions",
  number: 0,
  name: { vi: "Điều kiện công nhận huyện nông thôn mới", en: "District NTM recognition conditions" },
  rule: "all",
  indicatorsComplete: true,
  provenance: { status: "secondary", source: { ids: ["S12", "S17"] } },
  indicators: [
    share("C.1", "Tỷ lệ xã đạt chuẩn nông thôn mới", "Share of communes meeting the commune NTM set", 100, ["S12"]),
    share("C.2", "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", "Share of communes meeting the advanced set", 10, [
      "S12",
    ]),
    share(
      "C.3",
      "Tỷ lệ thị trấn đạt chuẩn đô thị văn minh",
      "Share of townships meeting the civilised-urban standard",
      100,
      ["S12"],
    ),
    share("C.4", "Tỷ lệ người dân hài lòng (toàn huyện)", "Residents' satisfaction, district-wide", 90, ["S12", "S17"]),
    share(
      "C.5",
      "Tỷ lệ người dân hài lòng ở mỗi xã, mỗi nội dung (thấp nhất)",
      "Residents' satisfaction in each commune for each content (the lowest)",
      80,
      ["S12", "S17"],
    ),
  ],
}

/**
 * 320/QĐ-TTg Phụ lục I — huyện nông thôn mới 2021–2025. The recognition conditions carry sourced numbers; the nine
 * district criteria are names only (several unconfirmed; see each criterion's provenance), without indicators.
 * After 01/07/2025 (two-tier local government, to verify) district NTM is historical.
 */
export const qd320: ValidPack = unsafeValid({
  format: "ntm-pack/1",
  id: "qd320-2022/phu-luc-1",
  family: "district-ntm-2021-2025",
  title: {
    vi: "Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025 (320/QĐ-TTg)",
    en: "National district NTM criteria 2021–2025 (320/QĐ-TTg)",
  },
  level: "district",
  tier: "ntm",
  period: { from: 2021, to: 2025 },
  legalBasis: [
    {
      document: "320/QĐ-TTg",
      part: "Phụ lục I",
      date: isoDate("2022-03-08"),
      issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
      provenance: { status: "secondary", source: { ids: ["S12", "S17"] } },
    },
  ],
  effectiveFrom: isoDate("2022-03-08"),
  columns: { kind: "uniform" },
  sources: pick("S11", "S12", "S17", "S19", "S24"),
  notes: [
    "Nine district criteria [S11][S19][S24]; the recognition conditions (1)–(4) [S12] are shown as the extra criterion 'conditions'.",
    "Criterion numbers 7–9 are unconfirmed; names of 1, 2 and 4 are unconfirmed.",
    "211/QĐ-TTg amended district criteria 5 and 6 [S24]; the values are OPEN.",
    "A district also loses recognition when 30% or more of its communes have theirs revoked [S11].",
  ],
  criteria: [
    conditions,
    partialCriterion(1, { vi: "Quy hoạch", en: "Planning" }, unverifiedName),
    partialCriterion(2, { vi: "Giao thông", en: "Transport" }, unverifiedName),
    partialCriterion(
      3,
      { vi: "Thủy lợi và phòng, chống thiên tai", en: "Irrigation and disaster prevention" },
      {
        status: "secondary",
        source: { ids: ["S19"] },
      },
    ),
    partialCriterion(4, { vi: "Điện", en: "Electricity" }, unverifiedName),
    partialCriterion(
      5,
      { vi: "Y tế – Văn hóa – Giáo dục", en: "Health, culture, education" },
      {
        status: "secondary",
        source: { ids: ["S24"] },
      },
    ),
    partialCriterion(6, { vi: "Kinh tế", en: "Economy" }, { status: "secondary", source: { ids: ["S24"] } }, [], {
      critical: true,
    }),
    partialCriterion(
      7,
      { vi: "Môi trường", en: "Environment" },
      { status: "secondary", source: { ids: ["S11"] }, note: "number unconfirmed" },
      [],
      {
        critical: true,
      },
    ),
    partialCriterion(
      8,
      { vi: "Chất lượng môi trường sống", en: "Living-environment quality" },
      { status: "secondary", source: { ids: ["S11"] }, note: "number unconfirmed" },
      [],
      { critical: true },
    ),
    partialCriterion(
      9,
      {
        vi: "Hệ thống chính trị – An ninh, trật tự – Hành chính công",
        en: "Political system, security and order, public administration",
      },
      { status: "secondary", source: { ids: ["S11"] }, note: "number unconfirmed" },
      [],
      { critical: true },
    ),
  ],
})
