/** Handler of `GET /v1/audit/{entityType}/{id}`: the trail, authorized on the audited entity's scope. */
import { Api, NotFound } from "@ntm/api"
import { Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { authorizeOrFail } from "../http/requestContext.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { auditTrail } from "../table/repository.ts"

/** The audit group. The table is captured when the layer is built, so requests need only the principal. */
export const AuditLive = HttpApiBuilder.group(Api, "audit", (handlers) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo
    return handlers.handle("trail", ({ params, query }) =>
      Effect.gen(function* () {
        const page = yield* auditTrail(params.entityType, params.id, query)
        const first = page.items[0]
        if (first === undefined) {
          return yield* new NotFound({ detail: "No audit trail", entityType: params.entityType, id: params.id })
        }
        // Every record of a trail carries the entity's scope; the latest known one decides.
        const latest = page.items[page.items.length - 1] ?? first
        yield* authorizeOrFail("audit:read", latest.scope)
        return { items: page.items, ...(page.cursor === undefined ? {} : { cursor: page.cursor }) }
      }).pipe(Effect.provideService(Dynamo, dynamo)),
    )
  }),
)
