/** Handlers of the plans group: commune plans and province targets, progress computed from stored assessments. */
import { Api, type Assessment, invalid, type StoredPlan, type StoredTarget } from "@ntm/api"

import type { Problem } from "@ntm/core"
import { IsoDate } from "@ntm/core"
import type { Scope } from "@ntm/core/authz"
import { builtOnDemoFillIn, DEMO_NOTICE } from "@ntm/core/demo"
import { CommunePlan, PlanProgress, Target } from "@ntm/core/plans"
import { Context, Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { communeScope, dateOf } from "../http/communeScope.ts"
import { expectedVersion } from "../http/concurrency.ts"
import { createFromRequest, placedIn } from "../http/createFromRequest.ts"
import { recordListScope, recordWindow } from "../http/recordDateScope.ts"
import { authorizeOrFail, currentActor } from "../http/requestContext.ts"
import { officialLines } from "../ledger/mobilised.ts"
import { standingStatuses } from "../reference/communeStatuses.ts"
import { ledgerYears, targetActualsOf } from "../reference/targetProgress.ts"
import { UnitRegistries } from "../reference/units.ts"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { IdGenerator } from "../services/IdGenerator.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { AssessmentEntity } from "../table/entities/Assessment.ts"
import { PlanEntity, TargetEntity } from "../table/entities/Plan.ts"
import type { Stored } from "../table/entity.ts"
import { get, list, listAll, updateEntity } from "../table/repository.ts"

const out = <A>(s: Stored<A>) => ({ ...s.value, version: s.version })

/** Core rule problems (paths relative to the document) as request problems under `payload`. */
const payloadErrors = (problems: ReadonlyArray<Problem.Problem>) =>
  problems.filter((p) => p.severity === "error").map((p) => ({ ...p, path: ["payload", ...p.path] }))

const targetScope = (t: StoredTarget): Scope => ({
  province: t.province,
  ...(t.scope.length === 3 ? { district: t.scope } : {}),
  ...(t.scope.length === 5 ? { commune: t.scope } : {}),
})

/**
 * Every error of a target filed in `province`: core's target rules, and — for a scope below the province — a unit
 * the province's registry knows (`target.scope-province`). Paths start at `payload`.
 */
const targetErrors = (target: Target.Target, province: string) =>
  Effect.gen(function* () {
    const errors: Array<Problem.Problem> = payloadErrors(Target.targetProblems(target))
    if (target.scope !== province) {
      const registry = (yield* UnitRegistries).get(province)
      if (registry === undefined || !registry.dataset.units.some((u) => u.code === target.scope)) {
        errors.push({
          severity: "error",
          path: ["payload", "scope"],
          rule: "target.scope-province",
          message: `unit ${target.scope} is not known in province ${province}`,
        })
      }
    }
    return errors
  })

const UNAVAILABLE: Partial<Record<Target.TargetIndicator["_tag"], string>> = {
  VillagesAtTier: "village recognitions are not stored yet",
  VillagesRecognised: "village recognitions are not stored yet",
}

/** `{notice}` when any assessment a progress figure is computed from rests on the ILLUSTRATIVE demo fill-in. */
const demoNotice = (assessments: ReadonlyArray<Assessment>) =>
  assessments.some((a) => builtOnDemoFillIn(a.evaluation)) ? { notice: DEMO_NOTICE } : {}

/** The plans group. */
export const PlansLive = HttpApiBuilder.group(Api, "plans", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo)
      .pipe(Context.add(Clock, yield* Clock))
      .pipe(Context.add(IdGenerator, yield* IdGenerator))
    const readPlan = (id: string) =>
      Effect.gen(function* () {
        const stored = yield* get(PlanEntity, { id })
        yield* authorizeOrFail("read", PlanEntity.config.scope(stored.value))
        return stored
      })
    const readTarget = (id: string) =>
      Effect.gen(function* () {
        const stored = yield* get(TargetEntity, { id })
        yield* authorizeOrFail("read", targetScope(stored.value))
        return stored
      })
    return handlers
      .handle("createPlan", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          // The commune as it was at the start of the plan's year (like an assessment's date or an assignment's
          // start): a 2024 plan of an old-Lào-Cai xã belongs to province 10 even after the 2025 reorganisation.
          const scope = yield* communeScope(params.province, params.commune, IsoDate.isoDate(`${payload.year}-01-01`))
          yield* authorizeOrFail("plan:manage", scope)
          const plan = { ...payload, id: (yield* IdGenerator).next(), unit: params.commune }
          const errors = payloadErrors(CommunePlan.planProblems(plan))
          if (errors.length > 0) return yield* invalid(errors)
          const value: StoredPlan = {
            ...plan,
            ...placedIn(scope),
            createdAt: isoTimestamp((yield* Clock).now()),
          }
          return out(
            yield* createFromRequest(PlanEntity, value, headers["idempotency-key"], {
              params,
              payload,
            }),
          )
        }).pipe(Effect.provideContext(services)),
      )
      .handle("listPlans", ({ params, query }) =>
        Effect.gen(function* () {
          const today = dateOf((yield* Clock).now())
          const { year, ...page } = query
          yield* authorizeOrFail(
            "read",
            yield* recordListScope(params.province, params.commune, recordWindow(year, today)),
          )
          const found = yield* list(
            PlanEntity,
            "byCommune",
            { unit: params.commune, ...(year === undefined ? {} : { year }) },
            page,
          )
          return {
            items: found.items.filter((s) => s.value.province === params.province).map(out),
            ...(found.cursor === undefined ? {} : { cursor: found.cursor }),
          }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("getPlan", ({ params }) => readPlan(params.id).pipe(Effect.map(out), Effect.provideContext(services)))
      .handle("replacePlan", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const version = yield* expectedVersion(headers["if-match"], payload.version)
          const actor = yield* currentActor
          const { version: _v, ...fields } = payload
          const stored = yield* updateEntity(
            PlanEntity,
            { id: params.id },
            version,
            (current) =>
              Effect.gen(function* () {
                yield* authorizeOrFail("plan:manage", PlanEntity.config.scope(current))
                const next: StoredPlan = {
                  ...fields,
                  id: current.id,
                  unit: current.unit,
                  province: current.province,
                  ...(current.district === undefined ? {} : { district: current.district }),
                  createdAt: current.createdAt,
                }
                const errors = payloadErrors(CommunePlan.planProblems(next))
                if (errors.length > 0) return yield* invalid(errors)
                return next
              }),
            actor,
          )
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("planProgress", ({ params, query }) =>
        Effect.gen(function* () {
          const plan = (yield* readPlan(params.id)).value
          const assessments = yield* listAll(AssessmentEntity, "byCommune", { commune: plan.unit }, "desc")
          const standing = standingStatuses(assessments.filter((a) => a.province === plan.province))
          return {
            ...PlanProgress.planProgress(
              plan,
              standing.map((s) => s.status),
              query.asOfYear ?? plan.year,
            ),
            ...demoNotice(standing.flatMap((s) => s.assessments)),
          }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("createTarget", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("plan:manage", { province: params.province })
          const target = { ...payload, id: (yield* IdGenerator).next() }
          const errors = yield* targetErrors(target, params.province)
          if (errors.length > 0) return yield* invalid(errors)
          const value: StoredTarget = {
            ...target,
            province: params.province,
            createdAt: isoTimestamp((yield* Clock).now()),
          }
          return out(
            yield* createFromRequest(TargetEntity, value, headers["idempotency-key"], {
              params,
              payload,
            }),
          )
        }).pipe(Effect.provideContext(services)),
      )
      .handle("listTargets", ({ params, query }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("read", { province: params.province })
          const found = yield* list(TargetEntity, "byProvince", { province: params.province }, query)
          return { items: found.items.map(out), ...(found.cursor === undefined ? {} : { cursor: found.cursor }) }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("getTarget", ({ params }) => readTarget(params.id).pipe(Effect.map(out), Effect.provideContext(services)))
      .handle("replaceTarget", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const version = yield* expectedVersion(headers["if-match"], payload.version)
          const actor = yield* currentActor
          const { version: _v, ...fields } = payload
          const stored = yield* updateEntity(
            TargetEntity,
            { id: params.id },
            version,
            (current) =>
              Effect.gen(function* () {
                // Managed in the province it was filed in; the new scope must be a unit of that province too.
                yield* authorizeOrFail("plan:manage", { province: current.province })
                const next: StoredTarget = {
                  ...fields,
                  id: current.id,
                  province: current.province,
                  createdAt: current.createdAt,
                }
                const errors = yield* targetErrors(next, current.province)
                if (errors.length > 0) return yield* invalid(errors)
                return next
              }),
            actor,
          )
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("targetProgress", ({ params, query }) =>
        Effect.gen(function* () {
          const target = (yield* readTarget(params.id)).value
          const statusPolicy = query.statusPolicy ?? "same-year"
          const base = { targetId: target.id, statusPolicy }
          const missing = UNAVAILABLE[target.indicator._tag]
          if (missing !== undefined)
            return { ...base, unavailable: { reason: "input-not-available", message: missing } }
          const registry = (yield* UnitRegistries).get(target.province)
          if (registry === undefined) {
            return {
              ...base,
              unavailable: {
                reason: "no-unit-registry",
                message: `no unit registry for province ${target.province}: communes in scope are unknown`,
              },
            }
          }
          const assessments = yield* listAll(AssessmentEntity, "byProvince", { province: target.province }, "desc")
          const standing = standingStatuses(assessments)
          const years = ledgerYears(target)
          const lines = years === undefined ? [] : yield* officialLines(target.province, years.first, years.last)
          const periods = targetActualsOf(target, {
            registry,
            statuses: standing.map((s) => s.status),
            lines,
            statusPolicy,
          })
          return { ...base, periods, ...demoNotice(standing.flatMap((s) => s.assessments)) }
        }).pipe(Effect.provideContext(services)),
      )
  }),
)
