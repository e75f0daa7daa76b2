/** Handlers of the activities and difficulties groups: record in a commune, read, and difficulty status changes. */
import { Api, Conflict, invalid, type StoredActivity, type StoredDifficulty } from "@ntm/api"

import type { Problem } from "@ntm/core"
import { Activity, Difficulty, DifficultyLifecycle } from "@ntm/core/assignments"
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
import { ActivityEntity, DifficultyEntity } from "../table/entities/Activity.ts"
import { AssignmentEntity, toEffective } from "../table/entities/Assignment.ts"
import type { Stored } from "../table/entity.ts"
import { get, list, updateEntity } from "../table/repository.ts"

const out = <A>(s: Stored<A>) => ({ ...s.value, version: s.version })

/** Core problems of a one-item log (paths `[0, …]`) as request problems (paths `["payload", …]`); errors only. */
const payloadErrors = (problems: ReadonlyArray<Problem.Problem>) =>
  problems
    .filter((p) => p.severity === "error")
    .map((p) => ({ ...p, severity: "error" as const, path: ["payload", ...p.path.slice(1)] }))

const servicesOf = Effect.gen(function* () {
  return Context.make(Dynamo, yield* Dynamo)
    .pipe(Context.add(Clock, yield* Clock))
    .pipe(Context.add(IdGenerator, yield* IdGenerator))
})

const listIn = <A extends { province: string }>(
  found: { items: ReadonlyArray<Stored<A>>; cursor?: string | undefined },
  province: string,
) => ({
  items: found.items.filter((s) => s.value.province === province).map(out),
  ...(found.cursor === undefined ? {} : { cursor: found.cursor }),
})

/** The activities group. */
export const ActivitiesLive = HttpApiBuilder.group(Api, "activities", (handlers) =>
  Effect.gen(function* () {
    const services = yield* servicesOf
    return handlers
      .handle("create", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const scope = yield* communeScope(params.province, params.commune, payload.date)
          yield* authorizeOrFail("activity:record", scope)
          const id = (yield* IdGenerator).next()
          const activity = { ...payload, id, commune: params.commune }
          // An activity naming an assignment must match it (commune, helper); the assignment is read, not trusted.
          const assignment =
            payload.assignment === undefined
              ? undefined
              : yield* get(AssignmentEntity, { id: payload.assignment }).pipe(
                  Effect.catchTag("NotFound", () =>
                    invalid([
                      {
                        severity: "error",
                        path: ["payload", "assignment"],
                        rule: "activity.unknown-assignment",
                        message: `no assignment ${payload.assignment}`,
                      },
                    ]),
                  ),
                )
          const errors = payloadErrors(
            Activity.activityProblems([activity], assignment === undefined ? [] : [toEffective(assignment.value)]),
          )
          if (errors.length > 0) return yield* invalid(errors)
          const value: StoredActivity = {
            ...activity,
            ...placedIn(scope),
            createdAt: isoTimestamp((yield* Clock).now()),
          }
          return out(
            yield* createFromRequest(ActivityEntity, value, headers["idempotency-key"], {
              params,
              payload,
            }),
          )
        }).pipe(Effect.provideContext(services)),
      )
      .handle("list", ({ params, query }) =>
        Effect.gen(function* () {
          const today = dateOf((yield* Clock).now())
          yield* authorizeOrFail(
            "read",
            yield* recordListScope(params.province, params.commune, recordWindow(undefined, today)),
          )
          const found = yield* list(ActivityEntity, "byCommune", { commune: params.commune }, query)
          return listIn(found, params.province)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("get", ({ params }) =>
        Effect.gen(function* () {
          const stored = yield* get(ActivityEntity, { id: params.id })
          yield* authorizeOrFail("read", ActivityEntity.config.scope(stored.value))
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
  }),
)

/** The difficulties group. */
export const DifficultiesLive = HttpApiBuilder.group(Api, "difficulties", (handlers) =>
  Effect.gen(function* () {
    const services = yield* servicesOf
    return handlers
      .handle("create", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const scope = yield* communeScope(params.province, params.commune, payload.raisedOn)
          yield* authorizeOrFail("activity:record", scope)
          const item = { ...payload, id: (yield* IdGenerator).next(), commune: params.commune, history: [] }
          const errors = payloadErrors(Difficulty.registerProblems([item]))
          if (errors.length > 0) return yield* invalid(errors)
          const value: StoredDifficulty = {
            ...item,
            ...placedIn(scope),
            createdAt: isoTimestamp((yield* Clock).now()),
          }
          return out(
            yield* createFromRequest(DifficultyEntity, value, headers["idempotency-key"], {
              params,
              payload,
            }),
          )
        }).pipe(Effect.provideContext(services)),
      )
      .handle("list", ({ params, query }) =>
        Effect.gen(function* () {
          const today = dateOf((yield* Clock).now())
          yield* authorizeOrFail(
            "read",
            yield* recordListScope(params.province, params.commune, recordWindow(undefined, today)),
          )
          const found = yield* list(DifficultyEntity, "byCommune", { commune: params.commune }, query)
          return listIn(found, params.province)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("get", ({ params }) =>
        Effect.gen(function* () {
          const stored = yield* get(DifficultyEntity, { id: params.id })
          yield* authorizeOrFail("read", DifficultyEntity.config.scope(stored.value))
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("changeStatus", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const version = yield* expectedVersion(headers["if-match"], payload.version)
          const actor = yield* currentActor
          const stored = yield* updateEntity(
            DifficultyEntity,
            { id: params.id },
            version,
            (current) =>
              Effect.gen(function* () {
                yield* authorizeOrFail("activity:record", DifficultyEntity.config.scope(current))
                const moved = DifficultyLifecycle.move(current, {
                  status: payload.status,
                  on: payload.on,
                  by: subjectOf(actor.principal),
                  ...(payload.note === undefined ? {} : { note: payload.note }),
                })
                if (!moved.ok) {
                  return yield* new Conflict({
                    detail: moved.error.message,
                    reason: "illegal-transition",
                    rule: moved.error.rule,
                  })
                }
                return moved.value
              }),
            actor,
          )
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
  }),
)
