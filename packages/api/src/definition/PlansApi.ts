/** Commune plans (kế hoạch) and province targets (chỉ tiêu) with progress computed from stored assessments. */
import { LocalizedText, UnitCode } from "@ntm/core"
import { CommunePlan, PlanProgress, Target, TargetActual } from "@ntm/core/plans"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { IfMatchHeader, VersionField } from "../http/concurrency.ts"
import { Conflict, Forbidden, NotFound } from "../http/problems.ts"
import { StoredPlan, StoredTarget } from "../records/Plan.ts"
import { errors } from "./errors.ts"
import { IdempotencyKeyHeader } from "./idempotencyHeader.ts"
import { PageOf, PageQuery } from "./paging.ts"

const Province = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{2}$/u)))
const Id = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))
const Year = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 2000, maximum: 2100 })))

/** A plan as returned. */
export const PlanOut = Schema.Struct({ ...StoredPlan.fields, version: Schema.Int })
/** A target as returned. */
export const TargetOut = Schema.Struct({ ...StoredTarget.fields, version: Schema.Int })

const { id: _p, unit: _u, ...planFields } = CommunePlan.CommunePlan.fields
/** `POST …/plans`: the commune's plan for a year (the commune comes from the path). */
export const NewPlan = Schema.Struct(planFields)
/** `PUT /plans/{id}`: the whole plan again, with the version read. */
export const PlanReplacement = Schema.Struct({ ...planFields, version: VersionField })

const { id: _t, ...targetFields } = Target.Target.fields
/** `POST …/targets`: a target over a unit of the province (its `scope`). */
export const NewTarget = Schema.Struct(targetFields)
/** `PUT /targets/{id}`: the whole target again (its province stays), with the version read. */
export const TargetReplacement = Schema.Struct({ ...targetFields, version: VersionField })

/** Progress of a target: the actual per period, or why it cannot be computed here. */
export const TargetProgress = Schema.Struct({
  targetId: Schema.String,
  statusPolicy: Schema.Literals(["same-year", "latest"]),
  periods: Schema.optionalKey(Schema.Array(TargetActual.PeriodActual)),
  unavailable: Schema.optionalKey(Schema.Struct({ reason: Schema.String, message: Schema.String })),
  /** Present when an assessment counted rests on the ILLUSTRATIVE demo fill-in: the figures are not real. */
  notice: Schema.optionalKey(LocalizedText.LocalizedText),
})

/** A plan's progress; `notice` as for targets. */
export const PlanProgressOut = Schema.Struct({
  ...PlanProgress.PlanProgress.fields,
  notice: Schema.optionalKey(LocalizedText.LocalizedText),
})

/** The plans group: plans and targets are managed by the province admin (`plan:manage`), read within scope. */
export class PlansApi extends HttpApiGroup.make("plans")
  .add(
    HttpApiEndpoint.post("createPlan", "/provinces/:province/communes/:commune/plans", {
      params: { province: Province, commune: UnitCode.UnitCode },
      payload: NewPlan,
      headers: IdempotencyKeyHeader,
      success: PlanOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("listPlans", "/provinces/:province/communes/:commune/plans", {
      params: { province: Province, commune: UnitCode.UnitCode },
      query: { ...PageQuery, year: Schema.optionalKey(Year) },
      success: PageOf(PlanOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("getPlan", "/plans/:id", {
      params: { id: Id },
      success: PlanOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.put("replacePlan", "/plans/:id", {
      params: { id: Id },
      payload: PlanReplacement,
      headers: IfMatchHeader,
      success: PlanOut,
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("planProgress", "/plans/:id/progress", {
      params: { id: Id },
      query: { asOfYear: Schema.optionalKey(Year) },
      success: PlanProgressOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.post("createTarget", "/provinces/:province/targets", {
      params: { province: Province },
      payload: NewTarget,
      headers: IdempotencyKeyHeader,
      success: TargetOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("listTargets", "/provinces/:province/targets", {
      params: { province: Province },
      query: PageQuery,
      success: PageOf(TargetOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("getTarget", "/targets/:id", {
      params: { id: Id },
      success: TargetOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.put("replaceTarget", "/targets/:id", {
      params: { id: Id },
      payload: TargetReplacement,
      headers: IfMatchHeader,
      success: TargetOut,
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("targetProgress", "/targets/:id/progress", {
      params: { id: Id },
      query: { statusPolicy: Schema.optionalKey(Schema.Literals(["same-year", "latest"])) },
      success: TargetProgress,
      error: errors(NotFound, Forbidden),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
