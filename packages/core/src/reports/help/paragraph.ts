/** The generated paragraph of the help report, in Vietnamese in the style of the Lào Cai 2022 article, and in English. */
import { type Catalogue, findItem } from "../../contributions/catalogue.ts"
import { format as formatVnd } from "../../money/format.ts"
import * as Q from "../../money/Quantity.ts"
import type { Vnd } from "../../money/Vnd.ts"
import type { Language, LocalizedText } from "../../shared/LocalizedText.ts"
import { formatQuantity } from "../numberText.ts"
import type { HelpFigures } from "./figures.ts"
import { type PhraseGroup, type PhraseItem, stated } from "./phrases.ts"

/** How the paragraph is written. */
export interface ParagraphOptions {
  /** The list of quantities, in order and wording; default {@link HelpPhrases.articlePhrases}. */
  readonly phrases: ReadonlyArray<PhraseGroup>
  /** Items to round down to a "hơn N" form, with their step (e.g. `{ "ngay-cong": 1000 }`); see `stated`. */
  readonly roundDown: Readonly<Record<string, number>>
  /** Who gave the help; default "the agencies and units assigned to help communes". */
  readonly subject: LocalizedText
  readonly catalogue: Catalogue
}

/** The default subject, the article's. */
export const defaultSubject: LocalizedText = {
  vi: "các cơ quan, đơn vị được phân công giúp đỡ xã",
  en: "the agencies and units assigned to help communes",
}

/**
 * THE DISPLAY RULE FOR MONEY IN TEXT: amounts are written in millions of đồng with two decimals, rounded once,
 * half away from zero, from the exact total ("16.493,82 triệu đồng"); tables keep every đồng.
 *
 * @example
 * ```ts
 * import { Vnd } from "@ntm/core/money"
 * import { HelpParagraph } from "@ntm/core/reports"
 * HelpParagraph.moneyText(Vnd.vnd(16_493_820_000), "vi") // => "16.493,82 triệu đồng"
 * ```
 */
export const moneyText = (amount: Vnd, language: Language): string =>
  formatVnd(amount, { language, scale: "million", decimals: 2 })

const itemText = (p: PhraseItem, quantity: Q.Quantity, step: number | undefined, language: Language): string => {
  if (p.form === "mention") return p.words[language]
  const s = stated(quantity, step)
  const number = formatQuantity(s.shown, language)
  const more = s.moreThan ? (language === "vi" ? "hơn " : "more than ") : ""
  const words =
    language === "en" && !s.moreThan && Q.equals(s.shown, Q.quantity(1)) ? (p.enOne ?? p.words.en) : p.words[language]
  return `${more}${number} ${words}`
}

/** Joins counted items with commas and attaches mentions with "và" / "and", as the article does. */
const joinItems = (parts: ReadonlyArray<{ text: string; mention: boolean }>, language: Language): string => {
  const and = language === "vi" ? " và " : " and "
  let out = ""
  parts.forEach((p, i) => {
    if (i === 0) out = p.text
    else out += (p.mention ? and : ", ") + p.text
  })
  return out
}

/**
 * Writes the paragraph from the exact figures: "Trong năm 2022, … với tổng giá trị quy ra tiền là 16.493,82 triệu
 * đồng, trong đó 643,73 triệu đồng tiền mặt: hỗ trợ 2.040 ngày công, 343 tấn xi măng …; tặng 3.285 suất quà, …, 34
 * bộ máy tính và nhiều hiện vật có giá trị khác." Items with no confirmed quantity are left out; "và nhiều hiện
 * vật có giá trị khác" is added only when confirmed in-kind items outside the list exist. Pledged and
 * declared-but-unconfirmed amounts get their own sentence, outside the total.
 *
 * @example
 * ```ts
 * import { Catalogue } from "@ntm/core/contributions"
 * import { laoCai2022Contributions, laoCai2022PriceList } from "@ntm/core/demo"
 * import { HelpFigures, HelpParagraph, HelpPhrases } from "@ntm/core/reports"
 * import { laoCaiRegistry } from "@ntm/core/units"
 * const figures = HelpFigures.helpFigures({ year: 2022, lines: laoCai2022Contributions, catalogue: Catalogue.standardCatalogue, priceLists: [laoCai2022PriceList], registry: laoCaiRegistry })
 * const options = { phrases: HelpPhrases.articlePhrases, roundDown: {}, subject: HelpParagraph.defaultSubject, catalogue: Catalogue.standardCatalogue }
 * HelpParagraph.paragraph(figures, options, "vi").split(":")[0] // => "Trong năm 2022, các cơ quan, đơn vị được phân công giúp đỡ xã đã vận động, huy động, ủng hộ hỗ trợ các xã với tổng giá trị quy ra tiền là 16.493,82 triệu đồng, trong đó 643,73 triệu đồng tiền mặt"
 * ```
 */
export const paragraph = (f: HelpFigures, options: ParagraphOptions, language: Language): string => {
  const vi = language === "vi"
  const official = f.status.official
  const quantities = new Map(f.items.map((x) => [`${x.item}\u001f${x.unit}`, x.quantity]))
  const named = new Set(options.phrases.flatMap((g) => g.items.map((i) => i.item)))
  const others = f.items.some(
    (x) =>
      !named.has(x.item) && findItem(options.catalogue, x.item)?.category !== "cash" && !Q.equals(x.quantity, Q.zero),
  )

  const groups: Array<string> = []
  for (const g of options.phrases) {
    const parts: Array<{ text: string; mention: boolean }> = []
    for (const p of g.items) {
      const q = quantities.get(`${p.item}\u001f${p.unit}`)
      if (q === undefined || Q.equals(q, Q.zero)) continue
      parts.push({ text: itemText(p, q, options.roundDown[p.item], language), mention: p.form === "mention" })
    }
    if (parts.length > 0) groups.push(`${g.lead[language]} ${joinItems(parts, language)}`)
  }
  if (others) {
    const tail = vi ? "nhiều hiện vật có giá trị khác" : "many other items of value"
    if (groups.length === 0) groups.push(tail)
    else groups[groups.length - 1] += `${vi ? " và " : " and "}${tail}`
  }

  const total = moneyText(official.value, language)
  const cash = moneyText(official.cash, language)
  const list = groups.length > 0 ? `: ${groups.join("; ")}` : ""
  const main = vi
    ? `Trong năm ${f.year}, ${options.subject.vi} đã vận động, huy động, ủng hộ hỗ trợ các xã với tổng giá trị quy ra tiền là ${total}, trong đó ${cash} tiền mặt${list}.`
    : `In ${f.year}, ${options.subject.en} mobilised support for communes worth ${total} in total, of which ${cash} in cash${list}.`

  const pending: Array<string> = []
  if (f.status.pledged.value > 0n)
    pending.push(
      vi
        ? `${moneyText(f.status.pledged.value, "vi")} đã cam kết`
        : `${moneyText(f.status.pledged.value, "en")} pledged`,
    )
  if (f.status.declaredUnconfirmed.value > 0n)
    pending.push(
      vi
        ? `${moneyText(f.status.declaredUnconfirmed.value, "vi")} đã trao nhưng chưa được xã xác nhận`
        : `${moneyText(f.status.declaredUnconfirmed.value, "en")} delivered but not yet confirmed by the commune`,
    )
  if (pending.length === 0) return main
  const rest = vi
    ? ` Ngoài ra, ${pending.join(" và ")}, chưa tính vào tổng số trên.`
    : ` In addition, ${pending.join(" and ")} ${pending.length > 1 ? "are" : "is"} not counted in that total.`
  return main + rest
}
