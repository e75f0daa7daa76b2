/** The generated paragraph of the NTM status report, in Vietnamese and English. */
import { atLeast } from "../../plans/Tally.ts"
import type { Language } from "../../shared/LocalizedText.ts"
import { formatCount, formatDecimal, formatPercent } from "../numberText.ts"
import { ratio } from "../Table.ts"
import { mean } from "./average.ts"
import type { StatusFigures } from "./figures.ts"

/**
 * The report's paragraph from the exact figures: communes assessed, at NTM or above (with the share of all
 * communes in scope), advanced and model; the average (rounded once, 1 decimal); the lowest commune; communes that
 * lost a tier; villages.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * import { Inputs } from "@ntm/core/plans"
 * import { StatusFigures, StatusParagraph } from "@ntm/core/reports"
 * const inputs = { hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks), statuses: LaoCaiPlans.demoStatuses, villages: LaoCaiPlans.demoVillages, money: () => 0n, statusPolicy: "same-year" } as const
 * const figures = StatusFigures.statusFigures({ year: 2024, root: UnitCode.unitCode("10"), inputs })
 * // The 11 communes of the ILLUSTRATIVE plans demo in 2024
 * StatusParagraph.paragraph(figures, "en").split("; ")[1] // => "4 communes met the NTM standard or higher (36.4%), including 2 at advanced NTM or higher and 0 model NTM communes"
 * ```
 */
export const paragraph = (f: StatusFigures, language: Language): string => {
  const t = f.tree.tally
  const vi = language === "vi"
  const n = (x: number) => formatCount(x, language)
  const ntm = atLeast(t, "ntm")
  const pct = t.communes === 0 ? "" : ` (${formatPercent(ratio(ntm, t.communes), 1, language)})`
  const avg = mean(t)
  const tierLost = f.regressions.filter((r) => r.tierLost !== undefined).length
  const parts: Array<string> = []
  if (vi) {
    parts.push(
      `Đến hết năm ${f.year}, trong ${n(t.communes)} xã có ${n(t.assessed)} xã đã được đánh giá; ${n(ntm)} xã đạt chuẩn nông thôn mới trở lên${pct}, trong đó ${n(atLeast(t, "advanced"))} xã đạt chuẩn nông thôn mới nâng cao trở lên và ${n(t.tiers.model)} xã nông thôn mới kiểu mẫu`,
    )
    if (avg !== null) parts.push(`bình quân đạt ${formatDecimal(avg, 1, "vi")} tiêu chí/xã`)
    if (t.minCriteriaMet !== undefined) parts.push(`xã thấp nhất đạt ${n(t.minCriteriaMet)} tiêu chí`)
    parts.push(`${n(tierLost)} xã rớt chuẩn`)
    return `${parts.join("; ")}. Có ${n(t.villages.ntm + t.villages.model)} thôn đạt chuẩn nông thôn mới, trong đó ${n(t.villages.model)} thôn nông thôn mới kiểu mẫu.`
  }
  parts.push(
    `By the end of ${f.year}, ${n(t.assessed)} of ${n(t.communes)} communes had been assessed; ${n(ntm)} communes met the NTM standard or higher${pct}, including ${n(atLeast(t, "advanced"))} at advanced NTM or higher and ${n(t.tiers.model)} model NTM communes`,
  )
  if (avg !== null) parts.push(`communes met ${formatDecimal(avg, 1, "en")} criteria on average`)
  if (t.minCriteriaMet !== undefined) parts.push(`the lowest commune met ${n(t.minCriteriaMet)}`)
  parts.push(`${n(tierLost)} ${tierLost === 1 ? "commune" : "communes"} lost a tier`)
  return `${parts.join("; ")}. ${n(t.villages.ntm + t.villages.model)} villages met the NTM standard, including ${n(t.villages.model)} model ${t.villages.model === 1 ? "village" : "villages"}.`
}
