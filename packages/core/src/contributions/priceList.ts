/** Price lists (bảng giá): per province, effective-dated unit prices per item that valuation reads. Data, not code. */
import { Schema } from "effect"
import { NonNegativeVnd } from "../money/Vnd.ts"
import { IsoDate } from "../shared/IsoDate.ts"
import { LocalizedText } from "../shared/LocalizedText.ts"
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

/** A province's price list for valuing in-kind help. */
export const PriceList = Schema.Struct({
  id: Schema.NonEmptyString,
  /** GSO code of the province that issues it. */
  province: UnitCode,
  name: LocalizedText,
  entries: Schema.Array(PriceEntry),
})
export type PriceList = typeof PriceList.Type
