/** Activities of helpers in a commune (hoạt động) and difficulties / proposals (khó khăn, kiến nghị) with their lifecycle. */
import { IsoDate, UnitCode } from "@ntm/core"
import { Activity, Difficulty } from "@ntm/core/assignments"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { IfMatchHeader, VersionField } from "../http/concurrency.ts"
import { Conflict, Forbidden, NotFound } from "../http/problems.ts"
import { StoredActivity, StoredDifficulty } from "../records/Activity.ts"
import { errors } from "./errors.ts"
import { IdempotencyKeyHeader } from "./idempotencyHeader.ts"
import { PageOf, PageQuery } from "./paging.ts"

const Province = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{2}$/u)))
const Id = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))
const inCommune = { province: Province, commune: UnitCode.UnitCode }

/** An activity as returned. */
export const ActivityOut = Schema.Struct({ ...StoredActivity.fields, version: Schema.Int })
/** A difficulty or proposal as returned, with its status history. */
export const DifficultyOut = Schema.Struct({ ...StoredDifficulty.fields, version: Schema.Int })

const { id: _a, commune: _c, ...activityFields } = Activity.Activity.fields
/** `POST …/activities`: one activity in the commune named by the path. */
export const NewActivity = Schema.Struct(activityFields)

const { id: _d, commune: _dc, history: _h, ...difficultyFields } = Difficulty.Difficulty.fields
/** `POST …/difficulties`: raised `open` on `raisedOn`. */
export const NewDifficulty = Schema.Struct(difficultyFields)

/** `POST /difficulties/{id}/status`: a dated status change; illegal moves are a 409 naming the rule. */
export const StatusChange = Schema.Struct({
  status: Difficulty.DifficultyStatusSchema,
  on: IsoDate.IsoDate,
  note: Schema.optionalKey(Schema.String.pipe(Schema.check(Schema.isMaxLength(2000)))),
  version: VersionField,
})

/** The activities group (`activity:record` to write; `read` to read). */
export class ActivitiesApi extends HttpApiGroup.make("activities")
  .add(
    HttpApiEndpoint.post("create", "/provinces/:province/communes/:commune/activities", {
      params: inCommune,
      payload: NewActivity,
      headers: IdempotencyKeyHeader,
      success: ActivityOut.pipe(HttpApiSchema.status(201)),
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("list", "/provinces/:province/communes/:commune/activities", {
      params: inCommune,
      query: PageQuery,
      success: PageOf(ActivityOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("get", "/activities/:id", {
      params: { id: Id },
      success: ActivityOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}

/** The difficulties group (`activity:record` to write; `read` to read). */
export class DifficultiesApi extends HttpApiGroup.make("difficulties")
  .add(
    HttpApiEndpoint.post("create", "/provinces/:province/communes/:commune/difficulties", {
      params: inCommune,
      payload: NewDifficulty,
      headers: IdempotencyKeyHeader,
      success: DifficultyOut.pipe(HttpApiSchema.status(201)),
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("list", "/provinces/:province/communes/:commune/difficulties", {
      params: inCommune,
      query: PageQuery,
      success: PageOf(DifficultyOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("get", "/difficulties/:id", {
      params: { id: Id },
      success: DifficultyOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.post("changeStatus", "/difficulties/:id/status", {
      params: { id: Id },
      payload: StatusChange,
      headers: IfMatchHeader,
      success: DifficultyOut,
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
