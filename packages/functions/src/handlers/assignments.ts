/** Handlers of the assignments group: create, reassign (old ended in the same transaction), end, and reads. */
import { Api, Conflict, CurrentPrincipal, invalid, type StoredAssignment } from "@ntm/api"

import { Assignment } from "@ntm/core/assignments"
import { subjectOf } from "@ntm/core/authz"
import { Context, Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { communeScope, dateOf } from "../http/communeScope.ts"
import { expectedVersion } from "../http/concurrency.ts"
import { createFromRequest, placedIn } from "../http/createFromRequest.ts"
import { recordListScope, recordWindow } from "../http/recordDateScope.ts"
import { authorizeOrFail, currentActor } from "../http/requestContext.ts"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { IdGenerator } from "../services/IdGenerator.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { AssignmentEntity } from "../table/entities/Assignment.ts"
import type { Stored } from "../table/entity.ts"
import { commit, create, get, list, update } from "../table/repository.ts"

const out = (s: Stored<StoredAssignment>) => ({ ...s.value, version: s.version })

const page = <A>(found: { items: ReadonlyArray<A>; cursor?: string | undefined }) => ({
  items: found.items,
  ...(found.cursor === undefined ? {} : { cursor: found.cursor }),
})

/** The stored record must still be in force on `date` for a successor or an end to take effect then. */
const endable = (current: StoredAssignment, date: string, field: "from" | "on") =>
  Effect.gen(function* () {
    if (date < current.from) {
      return yield* invalid([
        {
          severity: "error",
          path: ["payload", field],
          rule: "assignment.end-before-start",
          message: `the assignment starts on ${current.from}; it cannot end before that`,
        },
      ])
    }
    if (current.to !== undefined && current.to <= date) {
      return yield* new Conflict({
        detail: `Assignment ${current.id} already ended on ${current.to}`,
        reason: "illegal-transition",
        rule: "assignment.already-ended",
      })
    }
  })

const staleUnless = (current: Stored<StoredAssignment>, expected: number) =>
  current.version === expected
    ? Effect.void
    : Effect.fail(
        new Conflict({
          detail: "This Assignment was changed by someone else; reload it",
          reason: "stale-version",
          currentVersion: current.version,
        }),
      )

/** The assignments group. */
export const AssignmentsLive = HttpApiBuilder.group(Api, "assignments", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo)
      .pipe(Context.add(Clock, yield* Clock))
      .pipe(Context.add(IdGenerator, yield* IdGenerator))
    return handlers
      .handle("create", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const scope = yield* communeScope(params.province, params.commune, payload.from)
          yield* authorizeOrFail("assignment:manage", scope)
          if (payload.to !== undefined && payload.to <= payload.from) {
            return yield* invalid([
              {
                severity: "error",
                path: ["payload", "to"],
                rule: "assignment.period-order",
                message: "`to` must be after `from` (half-open range)",
              },
            ])
          }
          const value: StoredAssignment = {
            ...payload,
            id: Assignment.AssignmentId.make((yield* IdGenerator).next()),
            ...placedIn(scope),
            commune: params.commune,
            createdAt: isoTimestamp((yield* Clock).now()),
          }
          return out(
            yield* createFromRequest(AssignmentEntity, value, headers["idempotency-key"], {
              params,
              payload,
            }),
          )
        }).pipe(Effect.provideContext(services)),
      )
      .handle("byCommune", ({ params, query }) =>
        Effect.gen(function* () {
          const today = (yield* Clock).now()
          const scope = yield* recordListScope(params.province, params.commune, recordWindow(undefined, dateOf(today)))
          yield* authorizeOrFail("read", scope)
          const found = yield* list(AssignmentEntity, "byCommune", { commune: params.commune }, query)
          return page({
            items: found.items.filter((s) => s.value.province === params.province).map(out),
            cursor: found.cursor,
          })
        }).pipe(Effect.provideContext(services)),
      )
      .handle("byHelper", ({ params, query }) =>
        Effect.gen(function* () {
          const principal = yield* CurrentPrincipal
          // An agency reads its own assignments; otherwise managing assignments in the province is required.
          const own = principal.role === "agency" && principal.agency === params.helper
          if (!own || principal.province !== params.province) {
            yield* authorizeOrFail("assignment:manage", { province: params.province })
          }
          const found = yield* list(AssignmentEntity, "byHelper", { helper: params.helper }, query)
          return page({
            items: found.items.filter((s) => s.value.province === params.province).map(out),
            cursor: found.cursor,
          })
        }).pipe(Effect.provideContext(services)),
      )
      .handle("get", ({ params }) =>
        Effect.gen(function* () {
          const stored = yield* get(AssignmentEntity, { id: params.id })
          yield* authorizeOrFail("read", AssignmentEntity.config.scope(stored.value))
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("reassign", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const version = yield* expectedVersion(headers["if-match"], payload.version)
          const current = yield* get(AssignmentEntity, { id: params.id })
          yield* authorizeOrFail("assignment:manage", AssignmentEntity.config.scope(current.value))
          yield* staleUnless(current, version)
          yield* endable(current.value, payload.from, "from")
          const actor = yield* currentActor
          const next: StoredAssignment = {
            id: Assignment.AssignmentId.make((yield* IdGenerator).next()),
            province: current.value.province,
            ...(current.value.district === undefined ? {} : { district: current.value.district }),
            helper: payload.helper,
            commune: current.value.commune,
            role: payload.role ?? current.value.role,
            from: payload.from,
            ...(current.value.to === undefined ? {} : { to: current.value.to }),
            legalBasis: payload.legalBasis,
            supersedes: current.value.id,
            createdAt: isoTimestamp((yield* Clock).now()),
          }
          const ended: StoredAssignment = { ...current.value, to: payload.from, endedBy: next.id }
          // One transaction: the new record and the old one's end (each audited), or neither.
          yield* commit([create(AssignmentEntity, next), update(AssignmentEntity, current, ended)], actor)
          return out({ value: next, version: 1 })
        }).pipe(Effect.provideContext(services)),
      )
      .handle("end", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const version = yield* expectedVersion(headers["if-match"], payload.version)
          const current = yield* get(AssignmentEntity, { id: params.id })
          yield* authorizeOrFail("assignment:manage", AssignmentEntity.config.scope(current.value))
          yield* staleUnless(current, version)
          yield* endable(current.value, payload.on, "on")
          const actor = yield* currentActor
          const ended: StoredAssignment = {
            ...current.value,
            to: payload.on,
            endedBy: subjectOf(actor.principal),
            ...(payload.reason === undefined ? {} : { endReason: payload.reason }),
          }
          yield* commit([update(AssignmentEntity, current, ended)], actor)
          return out({ value: ended, version: current.version + 1 })
        }).pipe(Effect.provideContext(services)),
      )
  }),
)
