/**
 * Lào Cai's real NTM targets (old province, code 10, 127-commune base, 2021–2025) as IATI-shaped targets.
 * Every number comes from /work/shared/domain/lao-cai-units.md §2 with its source id (S-numbers there):
 * S11 truyenhinhbaoyen / doingoailaocai (61/127), S12 laocaitv 21/01/2021 (villages), S13 quyhotronongdan
 * 04/08/2021 (KH 301/KH-UBND), S14 stttt.laocai.gov.vn (2025 targets), S18 vietnamnet (KH 104/KH-BCĐ; 2023
 * results), S19 baodantoc 19/05/2024 and S20 laocaitv 07/02/2024 (2024 plan).
 * Interpretations (not stated by the sources) are written in each `note`.
 */

import { yearPeriod, yearsPeriod } from "../plans/Period.ts"
import type { Target } from "../plans/Target.ts"
import { unitCode } from "../shared/UnitCode.ts"

const LAO_CAI_OLD = unitCode("10")

const KH301 = "KH 301/KH-UBND (2021), via S13 quyhotronongdan.vn 04/08/2021 and S14 stttt.laocai.gov.vn"
const KH104 = "KH 104/KH-BCĐ, via S18 vietnamnet.vn (lao-cai-quyet-tam-hoan-thanh-muc-tieu-xay-dung-nong-thon-moi)"
const PLAN_2024 = "2024 plan, via S19 baodantoc.vn 19/05/2024 and S20 laocaitv.vn 07/02/2024"

/** NTM communes (at NTM or above): 72 by end-2024; 94/127 by end-2025, revised to 84/127. */
export const ntmCommunes: Target = {
  id: "lc-2025-ntm-communes",
  title: { vi: "Số xã đạt chuẩn nông thôn mới", en: "Communes meeting the NTM standard" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "CommunesAtTier", tier: "ntm", match: "at-least" },
  cumulative: false,
  baseline: {
    year: 2020,
    value: 61,
    source: "61/127 after the March 2021 decision (S11, S14)",
    note: "Recognised under the 2016–2020 criteria; most communes dropped below standard under the 2022–2025 set (S16).",
  },
  periods: [
    { period: yearPeriod(2024), values: [{ value: 72, source: PLAN_2024, note: "+10 NTM communes in 2024 → 72" }] },
    {
      period: yearPeriod(2025),
      values: [
        {
          value: 94,
          source: KH301,
          note: "94/127 = 61 kept + 33 new, including the advanced and model communes (peers-and-practice.md §7)",
        },
        { value: 84, source: KH104, note: "revised: +22 in 2024–2025 → 84/127" },
      ],
    },
  ],
  note: "Base: the 127 xã of old Lào Cai (phường and thị trấn excluded). Xã Tà Chải merged into TT Bắc Hà on 1/11/2024.",
}

/** Advanced NTM communes: 10 by end-2024, 20 by end-2025. */
export const advancedCommunes: Target = {
  id: "lc-2025-advanced-communes",
  title: { vi: "Số xã đạt chuẩn nông thôn mới nâng cao", en: "Communes meeting the advanced NTM standard" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "CommunesAtTier", tier: "advanced", match: "at-least" },
  cumulative: false,
  periods: [
    { period: yearPeriod(2024), values: [{ value: 10, source: PLAN_2024, note: "+5 advanced communes in 2024 → 10" }] },
    { period: yearPeriod(2025), values: [{ value: 20, source: KH301 }] },
  ],
  note: "No baseline: the end-2023 count (5) is only derived from the 2024 plan (10 − 5), not stated. Whether the 9 model communes are inside the 20 is not stated; counted as 'at least advanced'.",
}

/** Model NTM communes: 9 by end-2025. */
export const modelCommunes: Target = {
  id: "lc-2025-model-communes",
  title: { vi: "Số xã đạt chuẩn nông thôn mới kiểu mẫu", en: "Model NTM communes" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "CommunesAtTier", tier: "model", match: "at-least" },
  cumulative: false,
  periods: [{ period: yearPeriod(2025), values: [{ value: 9, source: KH301 }] }],
}

/** Average criteria met per commune: more than 13 in 2024, 17.3 by 2025; 12.02 at end-2023. */
export const averageCriteria: Target = {
  id: "lc-2025-average-criteria",
  title: { vi: "Bình quân số tiêu chí đạt chuẩn/xã", en: "Average criteria met per commune" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "AverageCriteria" },
  cumulative: false,
  baseline: { year: 2023, value: 12.02, source: "End-2023 result, S18", note: "under the 2022–2025 provincial set" },
  periods: [
    {
      period: yearPeriod(2024),
      values: [{ value: 13, source: PLAN_2024, note: "the source says 'more than 13'; 13 itself does not meet it" }],
    },
    { period: yearPeriod(2025), values: [{ value: 17.3, source: KH301 }] },
  ],
}

/** No commune below 10 criteria, in 2024 and 2025. */
export const minimumCriteria: Target = {
  id: "lc-2025-minimum-criteria",
  title: { vi: "Không còn xã dưới 10 tiêu chí", en: "No commune below 10 criteria" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "MinimumCriteria" },
  cumulative: false,
  periods: [
    { period: yearPeriod(2024), values: [{ value: 10, source: PLAN_2024 }] },
    { period: yearPeriod(2025), values: [{ value: 10, source: KH301 }] },
  ],
}

/** NTM villages recognised over the 2021–2025 phase: 110. */
export const ntmVillagesPhase: Target = {
  id: "lc-2025-ntm-villages-phase",
  title: { vi: "Số thôn đạt chuẩn nông thôn mới giai đoạn 2021–2025", en: "NTM villages recognised 2021–2025" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "VillagesRecognised", tier: "ntm" },
  cumulative: false,
  periods: [{ period: yearsPeriod(2021, 2025), values: [{ value: 110, source: "2021–2025 target, S14" }] }],
  note: "Read as recognitions during the phase (Lào Cai states village targets as additions, e.g. S12, S20); the end-2020 stock was 123 NTM villages (S12).",
}

/** Model villages recognised over the 2021–2025 phase: 90. */
export const modelVillagesPhase: Target = {
  id: "lc-2025-model-villages-phase",
  title: { vi: "Số thôn kiểu mẫu giai đoạn 2021–2025", en: "Model villages recognised 2021–2025" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "VillagesRecognised", tier: "model" },
  cumulative: false,
  periods: [{ period: yearsPeriod(2021, 2025), values: [{ value: 90, source: "2021–2025 target, S14" }] }],
  note: "Read as recognitions during the phase; the end-2020 stock was 134 model villages (S12).",
}

/** NTM villages recognised per year: +35 in 2021, +48 in 2024 (2020: +11). */
export const ntmVillagesYearly: Target = {
  id: "lc-ntm-villages-yearly",
  title: { vi: "Số thôn đạt chuẩn NTM tăng thêm trong năm", en: "NTM villages added in the year" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "VillagesRecognised", tier: "ntm" },
  cumulative: false,
  baseline: { year: 2020, value: 11, source: "2020 additions, S12" },
  periods: [
    { period: yearPeriod(2021), values: [{ value: 35, source: "2021 target, S12" }] },
    { period: yearPeriod(2024), values: [{ value: 48, source: "2024 target, S18 and S20" }] },
  ],
}

/** Model villages recognised per year: +25 in 2021, +36 in 2024 (2020: +27). */
export const modelVillagesYearly: Target = {
  id: "lc-model-villages-yearly",
  title: { vi: "Số thôn kiểu mẫu tăng thêm trong năm", en: "Model villages added in the year" },
  scope: LAO_CAI_OLD,
  indicator: { _tag: "VillagesRecognised", tier: "model" },
  cumulative: false,
  baseline: { year: 2020, value: 27, source: "2020 additions, S12" },
  periods: [
    { period: yearPeriod(2021), values: [{ value: 25, source: "2021 target, S12" }] },
    { period: yearPeriod(2024), values: [{ value: 36, source: "2024 target, S18 and S20" }] },
  ],
}

/**
 * All of Lào Cai's sourced targets. Not encoded, for want of an indicator kind: the 4 district-level units
 * (Bảo Thắng, Văn Bàn, Bảo Yên, TP Lào Cai) and Bảo Thắng advanced by 2025 (S13, S14); rural income ≈ 42 m VND
 * in 2024 (S18, S19) is a province average, not a commune indicator. No money-mobilised target was found; the
 * 2021–2025 result "> 9,200 bn VND" (S21) is an actual, not a target.
 */
export const laoCaiTargets: ReadonlyArray<Target> = [
  ntmCommunes,
  advancedCommunes,
  modelCommunes,
  averageCriteria,
  minimumCriteria,
  ntmVillagesPhase,
  modelVillagesPhase,
  ntmVillagesYearly,
  modelVillagesYearly,
]
