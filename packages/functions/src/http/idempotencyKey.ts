/** Idempotency on the wire: the `Idempotency-Key` header of a create, turned into the repository's claim. */
import type { Principal } from "@ntm/core/authz"
import { subjectOf } from "@ntm/core/authz"
import { Effect } from "effect"
import { HttpServerRequest } from "effect/http"
import { fingerprint, type IdempotencyClaim } from "../table/idempotency.ts"

/**
 * The claim for `createEntity`, or undefined without a key. The fingerprint covers method, path and the decoded
 * payload, so the same key with another body is detected.
 *
 * @example
 * const idempotency = yield* idempotencyClaim(principal, headers["idempotency-key"], payload)
 */
export const idempotencyClaim = (principal: Principal, key: string | undefined, payload: unknown) =>
  Effect.map(HttpServerRequest.HttpServerRequest, (request): IdempotencyClaim | undefined =>
    key === undefined
      ? undefined
      : {
          subject: subjectOf(principal),
          key,
          fingerprint: fingerprint(request.method, request.url.split("?")[0] ?? request.url, payload),
        },
  )
