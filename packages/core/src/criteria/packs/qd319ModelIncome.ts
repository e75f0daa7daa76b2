/** 319/QĐ-TTg condition 2: the model-commune income threshold, derived as 110% of the advanced income threshold. */
import type { Overlay, OverlayThreshold } from "../Overlay.ts"
import type { Pack } from "../Pack.ts"
import { qd319 } from "./qd319.ts"

/** The indicator of the advanced set (QĐ 318 Phụ lục II) that holds the income threshold. */
export const ADVANCED_INCOME = "10.income"
/** The QĐ 319 model-commune indicator derived from {@link ADVANCED_INCOME}: income at least 10% above the advanced threshold. */
export const MODEL_INCOME = "2.income-above-advanced"

/** At least 10% above: ⌈min × 11 / 10⌉ đồng. */
const tenPercentAbove = (min: bigint): bigint => (min * 11n + 9n) / 10n

/**
 * Builds a `derived` overlay over the 319 pack whose income cells are 110% (rounded up to the đồng) of the advanced
 * pack's income cells — same column, year and dates, same status, citing both the advanced cell's sources and the
 * 319 reports. With the shipped packs the advanced income is absent, so the overlay is empty; once a fill-in supplies
 * the advanced income, condition 2 becomes evaluable. Validate it with `validateOverlay(encodeOverlay(o), qd319)`.
 *
 * @example
 * ```ts
 * import { Packs } from "@ntm/core/criteria"
 * // With the shipped packs the advanced income is absent, so the derived overlay has no threshold
 * Packs.modelIncomeOverlay(Packs.qd318PhuLucII).thresholds // => []
 * ```
 */
export const modelIncomeOverlay = (advanced: Pack): Overlay => {
  const income = advanced.criteria.flatMap((c) => c.indicators).find((i) => i.code === ADVANCED_INCOME)
  const thresholds: Array<OverlayThreshold> = (income?.thresholds ?? []).flatMap((t) =>
    t.value.kind === "min-amount"
      ? [
          {
            ...t,
            indicator: MODEL_INCOME,
            value: { kind: "min-amount" as const, min: tenPercentAbove(t.value.min) },
            source: {
              ids: [...new Set([...t.source.ids, "S15", "S16"])] as [string, ...Array<string>],
              note: `derived: 110% of the advanced income threshold of ${advanced.id} (319/QĐ-TTg condition 2)`,
            },
          },
        ]
      : [],
  )
  const used = new Set(thresholds.flatMap((t) => t.source.ids))
  return {
    format: "ntm-overlay/1",
    id: `${qd319.id}/income-from/${advanced.id}`,
    kind: "derived",
    base: qd319.id,
    title: {
      vi: `Ngưỡng thu nhập xã kiểu mẫu tính từ ${advanced.id}`,
      en: `Model-commune income threshold derived from ${advanced.id}`,
    },
    legalBasis: [],
    sources: advanced.sources.filter((s) => used.has(s.id) && !qd319.sources.some((q) => q.id === s.id)),
    notes: ["Derived by the rule of 319/QĐ-TTg condition 2: at least 10% above the advanced income threshold."],
    thresholds,
    addIndicators: [],
    completeCriteria: [],
  }
}
