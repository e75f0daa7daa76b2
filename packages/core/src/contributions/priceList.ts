/** Price lists (bảng giá): per province, effective-dated unit prices per item that valuation reads. Data, not code. */
import { Schema } from "effect"
import { NonNegativeVnd } from "../money/Vnd.ts"
import { IsoDate } from "../shared/IsoDate.ts"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { error, type Problem } from "../shared/Problem.ts"
import { UnitCode } from "../shared/UnitCode.ts"

/**
 * One unit price (đơn giá) in force over a half-open date range [validFrom, validTo).
 * `workKind` narrows a labour rate to a kind of work; `zone` narrows a price to an area the caller names
 * (e.g. a minimum-wage region, "vung-II"); entries without them apply everywhere.
 */
export const PriceEntry = Schema.Struct({
  item: Schema.NonEmptyString,
  /** The unit the price is quoted per; lines in a convertible unit are converted first (kg → t). */
  unit: Schema.NonEmptyString,
  workKind: Schema.optionalKey(Schema.NonEmptyString),
  zone: Schema.optionalKey(Schema.NonEmptyString),
  unitValue: NonNegativeVnd,
  validFrom: IsoDate,
  validTo: Schema.optionalKey(IsoDate),
  /** Where the price comes from: a decision, an announcement, or the anchor of an assumption. */
  source: Schema.NonEmptyString,
  /** True when the price is a placeholder, not an official figure; reports should say so. */
  assumption: Schema.optionalKey(Schema.Boolean),
})
export type PriceEntry = typeof PriceEntry.Type

/** A province's price list (bảng giá) for valuing in-kind help (quy ra tiền). */
export const PriceList = Schema.Struct({
  id: Schema.NonEmptyString,
  /** GSO code of the province that issues it. */
  province: UnitCode,
  name: LocalizedText,
  entries: Schema.Array(PriceEntry),
})
export type PriceList = typeof PriceList.Type

const overlaps = (a: PriceEntry, b: PriceEntry): boolean =>
  (a.validTo === undefined || b.validFrom < a.validTo) && (b.validTo === undefined || a.validFrom < b.validTo)

/**
 * Problems with a decoded price list: an empty date range (`price-list.empty-range`) or two entries for the
 * same item, work kind and zone in force on the same day (`price-list.overlap`), which would make valuation ambiguous.
 *
 * @example
 * ```ts
 * import { PriceList } from "@ntm/core/contributions"
 * import { laoCai2022PriceList } from "@ntm/core/demo"
 * PriceList.checkPriceList(laoCai2022PriceList) // => []
 * const twice = { ...laoCai2022PriceList, entries: [...laoCai2022PriceList.entries, laoCai2022PriceList.entries[2]!] }
 * PriceList.checkPriceList(twice).map((p) => p.rule) // => ["price-list.overlap"]
 * ```
 */
export const checkPriceList = (list: PriceList): Array<Problem> => {
  const problems: Array<Problem> = []
  list.entries.forEach((e, i) => {
    if (e.validTo !== undefined && e.validTo <= e.validFrom)
      problems.push(
        error(
          ["entries", i, "validTo"],
          "price-list.empty-range",
          `validTo ${e.validTo} is not after validFrom ${e.validFrom}`,
        ),
      )
    for (let j = 0; j < i; j++) {
      const o = list.entries[j]!
      if (o.item === e.item && o.workKind === e.workKind && o.zone === e.zone && overlaps(o, e))
        problems.push(
          error(
            ["entries", i],
            "price-list.overlap",
            `entry ${i} and entry ${j} both price "${e.item}"${e.workKind ? ` (${e.workKind})` : ""}${e.zone ? ` in ${e.zone}` : ""} on the same days`,
          ),
        )
    }
  })
  return problems
}
