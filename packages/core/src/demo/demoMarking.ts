/** How results resting on the ILLUSTRATIVE demo fill-in are recognised and marked: the notice, the source text, the ids. */
import type { Evaluation } from "../criteria/Evaluation.ts"
import type { LocalizedText } from "../shared/LocalizedText.ts"

/** The text every demo value cites. */
export const DEMO_SOURCE_TEXT =
  "ILLUSTRATIVE DEMO VALUE — not a legal threshold; replace with the primary text of 318/QĐ-TTg / 894/QĐ-UBND"

/** The notice every response built on the demo fill-in must carry (Vietnamese and English). */
export const DEMO_NOTICE: LocalizedText = {
  vi: "MINH HỌA: kết quả dựa trên ngưỡng bổ sung minh họa (demo-fill-in), không phải ngưỡng pháp lý của 318/QĐ-TTg / 894/QĐ-UBND; số liệu đo của xã cũng là minh họa.",
  en: "ILLUSTRATIVE: results rest on demo fill-in thresholds (demo-fill-in), not the legal thresholds of 318/QĐ-TTg / 894/QĐ-UBND; the communes' measured values are illustrative too.",
}

/**
 * Ids of the demo fill-in overlays (and so of the demo packs built from them). Kept here, apart from the overlays,
 * so code that only needs to recognise a demo result does not build the demo packs when it is loaded.
 */
export const DEMO_FILL_IN_IDS = {
  ntm: "demo:lao-cai-894-2022/commune-ntm/fill-in",
  advanced: "demo:lao-cai-894-2022/commune-advanced/fill-in",
} as const

const demoIds: ReadonlySet<string> = new Set(Object.values(DEMO_FILL_IN_IDS))

/**
 * True when an evaluation is built on the demo fill-in: its pack includes a demo fill-in, or any indicator was
 * judged against a `demo-fill-in` value. Anything true here must carry {@link DEMO_NOTICE}.
 *
 * @example
 * ```ts
 * import { builtOnDemoFillIn, evaluateLaoCaiDemo } from "@ntm/core/demo"
 * builtOnDemoFillIn(evaluateLaoCaiDemo().assessments[0]!.evaluations.ntm!) // => true
 * ```
 */
export const builtOnDemoFillIn = (ev: Evaluation): boolean =>
  demoIds.has(ev.packId) || ev.indicators.some((i) => i.applied?.status === "demo-fill-in")
