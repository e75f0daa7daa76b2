/** Handlers of the price lists: authorize on the province → core's price-list checks → the table. */
import { Api, invalid, NewPriceList, NotFound, type PriceListRecord } from "@ntm/api"
import { PriceList as PL, Valuation } from "@ntm/core/contributions"
import { Context, Effect, Schema } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { createFromRequest } from "../http/createFromRequest.ts"
import { authorizeOrFail } from "../http/requestContext.ts"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { PriceListEntity, priceListId } from "../table/entities/PriceList.ts"
import type { Stored } from "../table/entity.ts"
import { priceListInForce } from "../table/ledgerQueries.ts"
import { get, list } from "../table/repository.ts"

/** The request as JSON again (the idempotency fingerprint hashes JSON; decoded money is bigint). */
const encodeNew = Schema.encodeSync(NewPriceList)

const out = (s: Stored<PriceListRecord>) => ({ ...s.value, version: s.version })

/** The price-list group. */
export const PriceListsLive = HttpApiBuilder.group(Api, "priceLists", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo).pipe(Context.add(Clock, yield* Clock))
    return handlers
      .handle("create", ({ payload, headers }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("reference:manage", { province: payload.province })
          const value: PriceListRecord = {
            ...payload,
            id: priceListId(payload.province, payload.effectiveFrom),
            createdAt: isoTimestamp((yield* Clock).now()),
          }
          const problems = PL.checkPriceList(value)
          if (problems.length > 0) {
            return yield* invalid(
              problems.map((p) => ({ ...p, path: ["payload", ...p.path] })),
              "The price list breaks the price-list rules",
            )
          }
          return out(yield* createFromRequest(PriceListEntity, value, headers["idempotency-key"], encodeNew(payload)))
        }).pipe(Effect.provideContext(services)),
      )
      .handle("get", ({ params }) =>
        Effect.gen(function* () {
          const stored = yield* get(PriceListEntity, { id: params.id })
          yield* authorizeOrFail("reference:read", PriceListEntity.config.scope(stored.value))
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("list", ({ params, query }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("reference:read", { province: params.province })
          const page = yield* list(PriceListEntity, "byProvince", { province: params.province }, query)
          return { items: page.items.map(out), ...(page.cursor === undefined ? {} : { cursor: page.cursor }) }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("priceInForce", ({ params, query }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("reference:read", { province: params.province })
          const inForce = yield* priceListInForce(params.province, query.date)
          if (inForce === undefined) {
            return yield* new NotFound({ detail: `No price list of ${params.province} in force on ${query.date}` })
          }
          const price = Valuation.priceAt(inForce.value, query)
          if (!price.ok) return yield* new NotFound({ detail: price.problems.map((p) => p.message).join("; ") })
          return { priceListId: inForce.value.id, effectiveFrom: inForce.value.effectiveFrom, entry: price.value }
        }).pipe(Effect.provideContext(services)),
      )
  }),
)
