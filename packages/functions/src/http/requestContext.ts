/** Per-request facts handlers need besides their inputs: the principal and the request id, as an audit `Actor`. */
import { CurrentPrincipal, Forbidden, type Unavailable } from "@ntm/api"
import { type Action, type Assignment, authorize, type PolicyContext, type Scope } from "@ntm/core/authz"
import { Context, Effect } from "effect"
import { HttpServerRequest } from "effect/http"
import type { Actor } from "../table/audit.ts"

/** Header carrying the request id (set by the entry point; API Gateway's request id on Lambda). */
export const REQUEST_ID_HEADER = "x-request-id"

/** The current request's id. */
export const requestId = Effect.map(
  HttpServerRequest.HttpServerRequest,
  (r) => r.headers[REQUEST_ID_HEADER] ?? "unknown",
)

/** The audit actor of the current request: who (verified principal) and which request. */
export const currentActor: Effect.Effect<Actor, never, CurrentPrincipal | HttpServerRequest.HttpServerRequest> =
  Effect.gen(function* () {
    return { principal: yield* CurrentPrincipal, requestId: yield* requestId }
  })

/**
 * Facts the policy needs that live in the database: an agency's current assignments (phân công). The app reads them
 * from stored assignments (`services/assignmentFacts.ts`); the bare default knows none (agencies act nowhere), and
 * tests may pass fixed facts through `makeWebHandler({ policyFacts })`.
 */
export interface PolicyFactsShape {
  readonly assignmentsOf: (agency: string) => Effect.Effect<ReadonlyArray<Assignment>, Unavailable>
}

/** See `PolicyFactsShape`. */
export class PolicyFacts extends Context.Reference<PolicyFactsShape>("ntm/PolicyFacts", {
  defaultValue: () => ({ assignmentsOf: () => Effect.succeed([]) }),
}) {}

/**
 * Fails with 403 unless the policy allows the current principal `action` on `scope`. Call it on every object a
 * request names (path ids AND body references) — the object-level check that prevents BOLA.
 *
 * @example
 * yield* authorizeOrFail("contribution:confirm", Contribution.config.scope(current.value))
 */
export const authorizeOrFail = (action: Action, scope: Scope, context: PolicyContext = {}) =>
  Effect.gen(function* () {
    const principal = yield* CurrentPrincipal
    const assignments =
      context.assignments ??
      (principal.role === "agency" ? yield* (yield* PolicyFacts).assignmentsOf(principal.agency) : undefined)
    const d = authorize(principal, action, scope, { ...context, assignments })
    if (d._tag === "Deny") return yield* new Forbidden({ detail: d.reason })
  })
