/** Creating an entity from a request: where a commune-scoped record sits, and the idempotent, audited create. */
import type { Scope } from "@ntm/core/authz"
import { Effect, type Schema } from "effect"
import type { Entity } from "../table/entity.ts"
import { createEntity } from "../table/repository.ts"
import { idempotencyClaim } from "./idempotencyKey.ts"
import { currentActor } from "./requestContext.ts"

/** The province and (when known) district a commune-scoped record is filed under, from its authorization scope. */
export const placedIn = (scope: Scope): { province: string; district?: string } => ({
  province: scope.province,
  ...(scope.district === undefined ? {} : { district: scope.district }),
})

/**
 * Stores a new entity for the current caller: the request's `Idempotency-Key` (if any) is bound to `request`
 * (what the caller sent), so a retry replays the first response and the same key with another body is refused;
 * the create and its audit record are one transaction.
 *
 * @example
 * return out(yield* createFromRequest(ActivityEntity, value, headers["idempotency-key"], { params, payload }))
 */
export const createFromRequest = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  value: S["Type"],
  idempotencyKey: string | undefined,
  request: unknown,
) =>
  Effect.gen(function* () {
    const actor = yield* currentActor
    const idempotency = yield* idempotencyClaim(actor.principal, idempotencyKey, request)
    return yield* createEntity(entity, value, actor, { idempotency })
  })
