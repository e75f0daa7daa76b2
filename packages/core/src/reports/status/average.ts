/** The average and share rules of the status report: exact ratios of counts, rounded only when shown. */
import type { Tally } from "../../plans/Tally.ts"
import type { LocalizedText } from "../../shared/LocalizedText.ts"
import { type Ratio, ratio } from "../Table.ts"

/**
 * A share of a count, or null when there is nothing to share (no commune in scope, none assessed).
 *
 * @example
 * ```ts
 * import { StatusAverage } from "@ntm/core/reports"
 * StatusAverage.share(2, 3) // => { numerator: 2n, denominator: 3n }
 * StatusAverage.share(2, 0) // => null
 * ```
 */
export const share = (n: number, of: number): Ratio | null => (of === 0 ? null : ratio(n, of))

/**
 * THE AVERAGE RULE: criteria met summed over assessed communes ÷ assessed communes, kept as an exact ratio (never an
 * average of sub-unit averages); null when no commune was assessed. Shown to 1 decimal, half up.
 *
 * @example
 * ```ts
 * import { Tally } from "@ntm/core/plans"
 * import { StatusAverage } from "@ntm/core/reports"
 * StatusAverage.mean({ ...Tally.empty, assessed: 2, criteriaMet: 35 }) // => { numerator: 35n, denominator: 2n }
 * ```
 */
export const mean = (t: Tally): Ratio | null => share(t.criteriaMet, t.assessed)

/** The average rule, as the note the report prints. */
export const averageNote: LocalizedText = {
  vi: "Bình quân tiêu chí/xã = tổng số tiêu chí đạt của các xã đã đánh giá ÷ số xã đã đánh giá (giữ chính xác, hiển thị làm tròn 1 chữ số thập phân, nửa lên). Tỷ lệ % làm tròn 1 chữ số thập phân.",
  en: "Average criteria per commune = criteria met summed over assessed communes ÷ assessed communes (kept exact, shown to 1 decimal, half up). Percentages are shown to 1 decimal.",
}
