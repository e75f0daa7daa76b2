/** Vietnamese and English labels the status report shows: commune and village tiers, reasons a result is undecided. */
import type { IndeterminateReason } from "../../criteria/Evaluation.ts"
import type { Tier, VillageTier } from "../../plans/Inputs.ts"
import type { LocalizedText } from "../../shared/LocalizedText.ts"

/** Commune tiers (mức đạt chuẩn). */
export const tierNames: Readonly<Record<Tier, LocalizedText>> = {
  model: { vi: "Xã nông thôn mới kiểu mẫu", en: "Model NTM communes" },
  advanced: { vi: "Xã nông thôn mới nâng cao", en: "Advanced NTM communes" },
  ntm: { vi: "Xã đạt chuẩn nông thôn mới", en: "NTM communes" },
  none: { vi: "Xã chưa đạt chuẩn", en: "Communes not yet at the standard" },
}

/** Short tier names, for "đạt chuẩn NTM → chưa đạt chuẩn". */
export const shortTier: Readonly<Record<Tier, LocalizedText>> = {
  model: { vi: "kiểu mẫu", en: "model" },
  advanced: { vi: "nâng cao", en: "advanced" },
  ntm: { vi: "đạt chuẩn NTM", en: "NTM" },
  none: { vi: "chưa đạt chuẩn", en: "not at the standard" },
}

/** Village tiers. */
export const villageTierNames: Readonly<Record<VillageTier, LocalizedText>> = {
  ntm: { vi: "Thôn đạt chuẩn nông thôn mới", en: "NTM villages" },
  model: { vi: "Thôn nông thôn mới kiểu mẫu", en: "Model NTM villages" },
}

/** Why an indicator is indeterminate. */
export const indeterminateReasonNames: Readonly<Record<IndeterminateReason, LocalizedText>> = {
  "no-value": { vi: "Chưa có số liệu đo", en: "No measured value" },
  "wrong-value-kind": { vi: "Số liệu không đúng loại", en: "Value of the wrong kind" },
  "no-threshold": { vi: "Chưa có ngưỡng (thiếu căn cứ)", en: "No threshold (source missing)" },
  "provisional-in-strict-mode": {
    vi: "Ngưỡng chưa được xác minh (chế độ chặt)",
    en: "Threshold not verified (strict mode)",
  },
}
