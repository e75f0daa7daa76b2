/** 51/2025/QĐ-TTg (29/12/2025, in force 15/02/2026): the national NTM set 2026–2030 — structure only. */
import { isoDate } from "../../shared/IsoDate.ts"
import { unsafeValid, type ValidPack } from "../Pack.ts"
import { partialCriterion } from "./build.ts"
import { pick } from "./sources.ts"

const counted = {
  status: "secondary",
  source: { ids: ["S21"] },
  note: "the count is sourced; the name and indicators are in the full text [S20], not in the reference",
} as const

/**
 * 51/2025/QĐ-TTg — Bộ tiêu chí quốc gia về nông thôn mới 2026–2030. Known: 10 criteria, 47 indicators, three
 * commune groups instead of seven regions. Criterion names, indicators, thresholds and the group definitions are not
 * in the reference, so the criteria are numbered placeholders and the commune's group is given by the caller. This
 * pack shows the model is not tied to 19 criteria or 7 regions.
 */
export const qd51_2025: ValidPack = unsafeValid({
  format: "ntm-pack/1",
  id: "qd51-2025",
  family: "commune-ntm-2026-2030",
  title: {
    vi: "Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030 (51/2025/QĐ-TTg)",
    en: "National NTM criteria 2026–2030 (51/2025/QĐ-TTg)",
  },
  level: "commune",
  tier: "ntm",
  period: { from: 2026, to: 2030 },
  legalBasis: [
    {
      document: "51/2025/QĐ-TTg",
      date: isoDate("2025-12-29"),
      issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
      provenance: { status: "secondary", source: { ids: ["S20", "S21", "S22"] } },
    },
  ],
  effectiveFrom: isoDate("2026-02-15"),
  columns: {
    kind: "groups",
    groups: [
      { id: "group-1", name: { vi: "Nhóm xã 1", en: "Commune group 1" } },
      { id: "group-2", name: { vi: "Nhóm xã 2", en: "Commune group 2" } },
      { id: "group-3", name: { vi: "Nhóm xã 3", en: "Commune group 3" } },
    ],
  },
  declared: { criteria: 10, indicators: 47, source: "S21" },
  sources: pick("S20", "S21", "S22"),
  notes: [
    "Group definitions are in [S22] but not summarised in the reference: the group ids are placeholders in source order.",
    "Supersedes the 2021–2025 sets for new assessments from 2026-02-15.",
  ],
  criteria: Array.from({ length: 10 }, (_, k) =>
    partialCriterion(
      k + 1,
      { vi: `Tiêu chí ${k + 1} (tên chưa có)`, en: `Criterion ${k + 1} (name not yet encoded)` },
      counted,
    ),
  ),
})
