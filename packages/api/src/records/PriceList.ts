/** The stored price list (bảng giá): core's price list plus the date it takes effect and the province's valuation policy. */
import { IsoDate } from "@ntm/core"
import { PriceList } from "@ntm/core/contributions"
import { Rounding } from "@ntm/core/money"
import { Schema } from "effect"

/**
 * A price list record (bảng giá quy đổi hiện vật): core's `PriceList` plus
 * - `effectiveFrom` — from this date on, it is the province's list in force (until a list with a later
 *   `effectiveFrom`); at most one list per province and date (its id is `<province>-<effectiveFrom>`);
 * - `rounding` and `tolerancePercent` — the province's valuation policy (core has no default for either: the
 *   province states them with its list, so the server never invents one);
 * - `createdAt` — when it was recorded.
 */
export const PriceListRecord = Schema.Struct({
  ...PriceList.PriceList.fields,
  effectiveFrom: IsoDate.IsoDate,
  rounding: Rounding.Rounding,
  tolerancePercent: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 1000 }))),
  createdAt: Schema.String,
})
export type PriceListRecord = typeof PriceListRecord.Type
