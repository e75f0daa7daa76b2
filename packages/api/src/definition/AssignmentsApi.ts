/** Assignments (phân công giúp đỡ): assign a helper to a commune, reassign (history kept), end, read by commune or helper. */
import { IsoDate, UnitCode } from "@ntm/core"
import { Assignment, Helper } from "@ntm/core/assignments"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { IfMatchHeader, VersionField } from "../http/concurrency.ts"
import { Conflict, Forbidden, NotFound } from "../http/problems.ts"
import { StoredAssignment } from "../records/Assignment.ts"
import { errors } from "./errors.ts"
import { IdempotencyKeyHeader } from "./idempotencyHeader.ts"
import { PageOf, PageQuery } from "./paging.ts"

const Province = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{2}$/u)))
const Id = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))
const Text = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(500)))

/** An assignment as returned, with its version. */
export const AssignmentOut = Schema.Struct({ ...StoredAssignment.fields, version: Schema.Int })

/** `POST …/communes/{commune}/assignments`: a new assignment of a helper (an agency id) to the commune. */
export const NewAssignment = Schema.Struct({
  helper: Helper.HelperId,
  role: Assignment.AssignmentRole,
  from: IsoDate.IsoDate,
  to: Schema.optionalKey(IsoDate.IsoDate),
  legalBasis: Text,
  representative: Schema.optionalKey(Text),
  note: Schema.optionalKey(Schema.String.pipe(Schema.check(Schema.isMaxLength(2000)))),
})

/** `POST /assignments/{id}/reassign`: another helper takes over from `from`; the old record ends that day. */
export const Reassignment = Schema.Struct({
  helper: Helper.HelperId,
  from: IsoDate.IsoDate,
  legalBasis: Text,
  role: Schema.optionalKey(Assignment.AssignmentRole),
  version: VersionField,
})

/** `POST /assignments/{id}/end`: ends the assignment on `on` (exclusive) without a successor. */
export const Ending = Schema.Struct({
  on: IsoDate.IsoDate,
  reason: Schema.optionalKey(Text),
  version: VersionField,
})

/** The assignments group: managed by the province admin (`assignment:manage`), read within scope. */
export class AssignmentsApi extends HttpApiGroup.make("assignments")
  .add(
    HttpApiEndpoint.post("create", "/provinces/:province/communes/:commune/assignments", {
      params: { province: Province, commune: UnitCode.UnitCode },
      payload: NewAssignment,
      headers: IdempotencyKeyHeader,
      success: AssignmentOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("byCommune", "/provinces/:province/communes/:commune/assignments", {
      params: { province: Province, commune: UnitCode.UnitCode },
      query: PageQuery,
      success: PageOf(AssignmentOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("byHelper", "/provinces/:province/helpers/:helper/assignments", {
      params: { province: Province, helper: Id },
      query: PageQuery,
      success: PageOf(AssignmentOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("get", "/assignments/:id", {
      params: { id: Id },
      success: AssignmentOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.post("reassign", "/assignments/:id/reassign", {
      params: { id: Id },
      payload: Reassignment,
      headers: IfMatchHeader,
      success: AssignmentOut.pipe(HttpApiSchema.status(201)),
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.post("end", "/assignments/:id/end", {
      params: { id: Id },
      payload: Ending,
      headers: IfMatchHeader,
      success: AssignmentOut,
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
