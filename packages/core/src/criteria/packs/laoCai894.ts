/** Lào Cai 894/QĐ-UBND (2022): the provincial commune NTM and advanced sets 2022–2025, as overlays of 318/QĐ-TTg. */
import type { Overlay, ValidOverlay } from "../Overlay.ts"
import { unsafeValidOverlay } from "../Overlay.ts"
import type { LegalBasis } from "../Pack.ts"
import { pick } from "./sources.ts"

const basis: LegalBasis = {
  document: "894/QĐ-UBND",
  issuer: { vi: "Ủy ban nhân dân tỉnh Lào Cai", en: "Lào Cai Provincial People's Committee" },
  provenance: { status: "secondary", source: { ids: ["S6"] }, note: "2022; exact date UNVERIFIED" },
}

const province = { code: "10", name: { vi: "Lào Cai", en: "Lào Cai" }, region: "TDMNPB" } as const

const notes = [
  "Lào Cai prints a TDMNPB column and a Lào Cai column for every criterion [S6]; the values are not available, so this overlay sets no threshold yet.",
  "Hard to meet in 2024 [P5]: School, Multidimensional poverty, Labour; the stunting indicator; traceability (criterion 13).",
  "Pre-merger Lào Cai (before 2025-07-01); communes of former Yên Bái used Yên Bái 1216/QĐ-UBND (not shipped).",
]

/** 894/QĐ-UBND — Lào Cai commune NTM set 2022–2025, over 318/QĐ-TTg Phụ lục I. */
export const laoCai894Commune: ValidOverlay = unsafeValidOverlay({
  format: "ntm-overlay/1",
  id: "lao-cai-894-2022/commune-ntm",
  kind: "provincial",
  base: "qd318-2022/phu-luc-1",
  title: {
    vi: "Bộ tiêu chí xã nông thôn mới tỉnh Lào Cai giai đoạn 2022–2025 (894/QĐ-UBND)",
    en: "Lào Cai commune NTM criteria 2022–2025 (894/QĐ-UBND)",
  },
  province,
  legalBasis: [basis],
  sources: pick("S6", "P5"),
  notes,
  thresholds: [],
  addIndicators: [],
  completeCriteria: [],
} satisfies Overlay)

/** 894/QĐ-UBND — Lào Cai advanced commune set 2022–2025, over 318/QĐ-TTg Phụ lục II. */
export const laoCai894Advanced: ValidOverlay = unsafeValidOverlay({
  format: "ntm-overlay/1",
  id: "lao-cai-894-2022/commune-advanced",
  kind: "provincial",
  base: "qd318-2022/phu-luc-2",
  title: {
    vi: "Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Lào Cai giai đoạn 2022–2025 (894/QĐ-UBND)",
    en: "Lào Cai advanced commune NTM criteria 2022–2025 (894/QĐ-UBND)",
  },
  province,
  legalBasis: [basis],
  sources: pick("S6", "P5"),
  notes: [
    ...notes,
    "Sơn Hải (Bảo Thắng) was recognised advanced for 2022 with 19/19 criteria (Decision 2216, 2023) — a data point, not a threshold.",
  ],
  thresholds: [],
  addIndicators: [],
  completeCriteria: [],
} satisfies Overlay)
