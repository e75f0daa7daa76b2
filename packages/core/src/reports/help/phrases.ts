/** The quantity list of the help report: its order and wording, and the one rule for saying "hơn N" ("more than N"). */
import { BigDecimal } from "effect"
import type { LocalizedText } from "../../shared/LocalizedText.ts"

/**
 * One item of the list (e.g. "343 tấn xi măng"). A `counted` item is stated with its quantity in `unit`;
 * a `mention` is named without a quantity when the ledger has it (e.g. "vật liệu sửa và làm nhà", counted
 * only in lots, which mean nothing to a reader).
 */
export interface PhraseItem {
  readonly item: string
  readonly unit: string
  readonly form: "counted" | "mention"
  /** Words after the number (vi) / after the number in English (plural). */
  readonly words: LocalizedText
  /** English words after the number 1, when they differ ("workday"). */
  readonly enOne?: string
}

/** A group of items behind one verb, as the article does: "hỗ trợ …; khám chữa bệnh … cho …; tặng …". */
export interface PhraseGroup {
  readonly lead: LocalizedText
  readonly items: ReadonlyArray<PhraseItem>
}

const counted = (item: string, unit: string, vi: string, en: string, enOne: string): PhraseItem => ({
  item,
  unit,
  form: "counted",
  words: { vi, en },
  enOne,
})

/**
 * The list in the order and wording of the Lào Cai 2022 article (source-article-lao-cai-2022.txt): "hỗ trợ hơn
 * 2.000 ngày công, 343 tấn xi măng và vật liệu sửa và làm nhà cho nhiều hộ gia đình có hoàn cảnh khó khăn …;
 * khám chữa bệnh, cấp thuốc miễn phí và tư vấn sức khỏe cho hơn 700 lượt người; tặng 3.285 suất quà, 180 bộ bàn
 * ghế, 1.980 đầu sách, vở, dụng cụ học tập, 2.687 bộ quần áo, chăn, 34 bộ máy tính và nhiều hiện vật có giá trị khác".
 * Item codes are those of the standard catalogue; a province with its own catalogue passes its own groups.
 */
export const articlePhrases: ReadonlyArray<PhraseGroup> = [
  {
    lead: { vi: "hỗ trợ", en: "support of" },
    items: [
      counted("ngay-cong", "day", "ngày công", "workdays", "workday"),
      counted("xi-mang", "t", "tấn xi măng", "tonnes of cement", "tonne of cement"),
      {
        item: "vat-lieu-nha",
        unit: "lot",
        form: "mention",
        words: {
          vi: "vật liệu sửa và làm nhà cho nhiều hộ gia đình có hoàn cảnh khó khăn trên địa bàn các xã",
          en: "materials to repair and build houses for many households in difficulty in the communes",
        },
      },
    ],
  },
  {
    lead: {
      vi: "khám chữa bệnh, cấp thuốc miễn phí và tư vấn sức khỏe cho",
      en: "free medical check-ups, medicines and health advice for",
    },
    items: [counted("luot-kham", "visit", "lượt người", "patient visits", "patient visit")],
  },
  {
    lead: { vi: "tặng", en: "gifts of" },
    items: [
      counted("suat-qua", "package", "suất quà", "gift packages", "gift package"),
      counted("bo-ban-ghe", "set", "bộ bàn ghế", "sets of desks and chairs", "set of desks and chairs"),
      counted(
        "sach-vo",
        "item",
        "đầu sách, vở, dụng cụ học tập",
        "books, notebooks and school supplies",
        "book, notebook or school supply",
      ),
      counted("quan-ao-chan", "set", "bộ quần áo, chăn", "sets of clothes and blankets", "set of clothes or blanket"),
      counted("may-tinh", "unit", "bộ máy tính", "computer sets", "computer set"),
    ],
  },
]

/** A quantity as the report states it: exactly, or as "hơn N" (more than N). */
export interface Stated {
  readonly shown: BigDecimal.BigDecimal
  readonly moreThan: boolean
}

/**
 * THE "hơn" RULE. Quantities are stated exactly (2.040 ngày công). Only when the caller asks for an item to be
 * rounded down to a multiple of `step` (e.g. 1000 for workdays) is it written "hơn N": N is the largest multiple
 * of `step` not above the quantity, and "hơn" is used only when N is strictly below the exact quantity and above
 * zero — 2,040 → "hơn 2.000"; 2,000 → "2.000"; 40 → "40". So "hơn" always tells the truth: the exact figure is
 * known and larger. It never invents a lower bound that the ledger does not hold.
 *
 * @example
 * ```ts
 * import { Quantity } from "@ntm/core/money"
 * import { HelpPhrases } from "@ntm/core/reports"
 * const s = HelpPhrases.stated(Quantity.quantity("2040"), 1000)
 * Quantity.format(s.shown) // => "2000"
 * s.moreThan // => true
 * HelpPhrases.stated(Quantity.quantity("2040")).moreThan // => false
 * ```
 */
export const stated = (q: BigDecimal.BigDecimal, step?: number): Stated => {
  if (step === undefined) return { shown: q, moreThan: false }
  if (!Number.isSafeInteger(step) || step <= 0)
    throw new RangeError(`round-down step must be a whole number > 0: ${step}`)
  const n = BigDecimal.normalize(q)
  // floor(q / step) * step, exactly, for q ≥ 0: q = value × 10^-scale.
  const scaleUp = n.scale < 0 ? 10n ** BigInt(-n.scale) : 1n
  const denominator = n.scale > 0 ? 10n ** BigInt(n.scale) : 1n
  const whole = (n.value * scaleUp) / denominator // truncation = floor for q ≥ 0
  if (n.value <= 0n) return { shown: q, moreThan: false }
  const floor = (whole / BigInt(step)) * BigInt(step)
  const exact = BigDecimal.fromBigInt(floor)
  if (floor === 0n || BigDecimal.equals(exact, n)) return { shown: q, moreThan: false }
  return { shown: exact, moreThan: true }
}
