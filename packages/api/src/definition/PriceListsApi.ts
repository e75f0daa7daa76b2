/** Price lists (bảng giá): per province, effective-dated; the price in force for an item on a date. */
import { IsoDate, LocalizedText, UnitCode } from "@ntm/core"
import { PriceList } from "@ntm/core/contributions"
import { Rounding } from "@ntm/core/money"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { Conflict, Forbidden, NotFound } from "../http/problems.ts"
import { PriceListRecord } from "../records/PriceList.ts"
import { errors } from "./errors.ts"
import { IdempotencyKeyHeader } from "./idempotencyHeader.ts"
import { PageOf, PageQuery } from "./paging.ts"

/** A stored price list with its version. */
export const PriceListOut = Schema.Struct({ ...PriceListRecord.fields, version: Schema.Int })

/** `POST /v1/price-lists`: a province's list taking effect on `effectiveFrom`, with its valuation policy. */
export const NewPriceList = Schema.Struct({
  province: UnitCode.UnitCode,
  name: LocalizedText.LocalizedText,
  effectiveFrom: IsoDate.IsoDate,
  rounding: Rounding.Rounding,
  tolerancePercent: PriceListRecord.fields.tolerancePercent,
  entries: Schema.Array(PriceList.PriceEntry).pipe(Schema.check(Schema.isMaxLength(2000))),
})

/** The price in force: which list, and the entry that applies. */
export const PriceInForce = Schema.Struct({
  priceListId: Schema.String,
  effectiveFrom: IsoDate.IsoDate,
  entry: PriceList.PriceEntry,
})

const Id = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(100)))
const Text = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))

/** The price-list endpoints. Reading is `reference:read`; creating is `reference:manage` (province admins). */
export class PriceListsApi extends HttpApiGroup.make("priceLists")
  .add(
    HttpApiEndpoint.post("create", "/price-lists", {
      payload: NewPriceList,
      headers: IdempotencyKeyHeader,
      success: PriceListOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("get", "/price-lists/:id", {
      params: { id: Id },
      success: PriceListOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("list", "/provinces/:province/price-lists", {
      params: { province: UnitCode.UnitCode },
      query: PageQuery,
      success: PageOf(PriceListOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("priceInForce", "/provinces/:province/prices", {
      params: { province: UnitCode.UnitCode },
      query: {
        item: Text,
        date: IsoDate.IsoDate,
        workKind: Schema.optionalKey(Text),
        zone: Schema.optionalKey(Text),
      },
      success: PriceInForce,
      error: errors(NotFound, Forbidden),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
