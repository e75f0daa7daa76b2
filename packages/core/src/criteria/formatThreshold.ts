/** Plain-text renderings of thresholds, amounts and percentages in Vietnamese and English. */
import type { Language } from "../shared/LocalizedText.ts"
import type { ThresholdValue } from "./Threshold.ts"

/**
 * A number with up to two decimals, Vietnamese style (decimal comma) or English (decimal point).
 *
 * @example
 * ```ts
 * import { formatNumber } from "@ntm/core/criteria"
 * formatNumber(4.5, "vi") // => "4,5"
 * formatNumber(4.5, "en") // => "4.5"
 * ```
 */
export const formatNumber = (x: number, language: Language): string => {
  const s = String(Math.round(x * 100) / 100)
  return language === "vi" ? s.replace(".", ",") : s
}

/**
 * Đồng as million VND with up to two decimals, rounded up so a gap is never understated.
 *
 * @example
 * ```ts
 * import { formatMillions } from "@ntm/core/criteria"
 * formatMillions(3_200_000n, "vi") // => "3,2"
 * formatMillions(345_000n, "en") // => "0.35"
 * ```
 */
export const formatMillions = (dong: bigint, language: Language): string => {
  const hundredths = (dong + 9_999n) / 10_000n
  const whole = hundredths / 100n
  const frac = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/u, "")
  const sep = language === "vi" ? "," : "."
  return frac === "" ? whole.toString() : `${whole}${sep}${frac}`
}

/**
 * A threshold value as people read it: "≥ 80%", "≤ 24%", "≥ 45 triệu đồng", "Đạt".
 *
 * @example
 * ```ts
 * import { formatThresholdValue } from "@ntm/core/criteria"
 * formatThresholdValue({ kind: "min-percent", min: 80 }, "en") // => "≥ 80%"
 * formatThresholdValue({ kind: "pass-fail" }, "vi") // => "Đạt"
 * ```
 */
export const formatThresholdValue = (v: ThresholdValue, language: Language): string => {
  switch (v.kind) {
    case "pass-fail":
      return language === "vi" ? "Đạt" : "Met"
    case "min-percent":
      return `≥ ${formatNumber(v.min, language)}%`
    case "max-percent":
      return `≤ ${formatNumber(v.max, language)}%`
    case "min-amount":
      return `≥ ${formatMillions(v.min, language)} ${language === "vi" ? "triệu đồng" : "million VND"}`
    case "min-score":
      return `≥ ${formatNumber(v.min, language)} ${language === "vi" ? "điểm" : "points"}${
        v.requiresMandatoryItems
          ? language === "vi"
            ? " và đạt mọi nội dung bắt buộc"
            : " and every mandatory item"
          : ""
      }`
  }
}
