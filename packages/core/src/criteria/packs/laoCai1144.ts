/** Lào Cai 1144/QĐ-UBND (2022): the village sets 2022–2025 — thôn NTM (14 criteria) and thôn kiểu mẫu (12). */
import { type LegalBasis, unsafeValid, type ValidPack } from "../Pack.ts"
import { namedCriteria } from "./build.ts"
import { pick } from "./sources.ts"

const named = { status: "secondary", source: { ids: ["S7"] } } as const
const basis: LegalBasis = {
  document: "1144/QĐ-UBND",
  issuer: { vi: "Ủy ban nhân dân tỉnh Lào Cai", en: "Lào Cai Provincial People's Committee" },
  provenance: { status: "secondary", source: { ids: ["S7"] }, note: "2022; exact date UNVERIFIED" },
}
const notes = [
  "Criterion names from [S7]; thresholds UNVERIFIED (absent). Numbering follows the order of the source.",
  "Recognised by the chairman of the district, town or city People's Committee [S7].",
]

/** 1144/QĐ-UBND — thôn nông thôn mới, 14 criteria. */
export const laoCai1144VillageNtm: ValidPack = unsafeValid({
  format: "ntm-pack/1",
  id: "lao-cai-1144-2022/thon-ntm",
  family: "lao-cai-village-ntm-2022-2025",
  title: {
    vi: "Bộ tiêu chí thôn nông thôn mới tỉnh Lào Cai giai đoạn 2022–2025 (1144/QĐ-UBND)",
    en: "Lào Cai NTM village criteria 2022–2025 (1144/QĐ-UBND)",
  },
  level: "village",
  tier: "ntm",
  period: { from: 2022, to: 2025 },
  legalBasis: [basis],
  columns: { kind: "uniform" },
  declared: { criteria: 14, source: "S7" },
  sources: pick("S7"),
  notes,
  criteria: namedCriteria(
    [
      ["Giao thông", "Transport"],
      ["Điện", "Electricity"],
      ["Nhà ở dân cư", "Housing"],
      ["Văn hóa", "Culture"],
      ["Thông tin", "Information"],
      ["Phát triển sản xuất", "Production development"],
      ["Lao động", "Labour"],
      ["Thu nhập", "Income"],
      ["Tỷ lệ nghèo đa chiều", "Multidimensional poverty rate"],
      ["Giáo dục", "Education"],
      ["Y tế", "Health"],
      ["Môi trường và an toàn thực phẩm", "Environment and food safety"],
      ["Hệ thống chính trị", "Political system"],
      ["An ninh trật tự xã hội", "Social security and order"],
    ],
    named,
  ),
})

/** 1144/QĐ-UBND — thôn kiểu mẫu, 12 criteria. */
export const laoCai1144VillageModel: ValidPack = unsafeValid({
  format: "ntm-pack/1",
  id: "lao-cai-1144-2022/thon-kieu-mau",
  family: "lao-cai-village-model-2022-2025",
  title: {
    vi: "Bộ tiêu chí thôn kiểu mẫu tỉnh Lào Cai giai đoạn 2022–2025 (1144/QĐ-UBND)",
    en: "Lào Cai model village criteria 2022–2025 (1144/QĐ-UBND)",
  },
  level: "village",
  tier: "model",
  period: { from: 2022, to: 2025 },
  legalBasis: [basis],
  columns: { kind: "uniform" },
  declared: { criteria: 12, source: "S7" },
  sources: pick("S7"),
  notes,
  criteria: namedCriteria(
    [
      ["Giao thông", "Transport"],
      ["Điện", "Electricity"],
      ["Nhà ở dân cư", "Housing"],
      ["Văn hóa, thông tin", "Culture and information"],
      ["Phát triển sản xuất", "Production development"],
      ["Lao động", "Labour"],
      ["Thu nhập", "Income"],
      ["Tỷ lệ nghèo đa chiều", "Multidimensional poverty rate"],
      ["Giáo dục", "Education"],
      ["Y tế", "Health"],
      ["Tiếp cận pháp luật", "Access to law"],
      ["Môi trường và an toàn thực phẩm", "Environment and food safety"],
    ],
    named,
  ),
})
