/** The API's error responses: RFC 9457 `application/problem+json` bodies, one class per status. */
import { Schema } from "effect"
import { HttpApiError } from "effect/http-api"

/** One problem in a 400 body: the field path, the rule broken and a message (the shape of core's `Problem`). */
export const ProblemEntry = Schema.Struct({
  severity: Schema.Literals(["error", "warning"]),
  path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
  rule: Schema.String,
  message: Schema.String,
})
export type ProblemEntry = typeof ProblemEntry.Type

/** 400: the request is malformed. `errors` lists every field path and rule broken. */
export class InvalidRequest extends HttpApiError.Problem<InvalidRequest>()(
  "InvalidRequest",
  { type: "urn:ntm:problem:invalid-request", status: 400, title: "Invalid request" },
  { errors: Schema.Array(ProblemEntry) },
) {}

/** 401: no verified identity on a route that needs one. */
export class Unauthorized extends HttpApiError.Problem<Unauthorized>()("Unauthorized", {
  type: "urn:ntm:problem:unauthorized",
  status: 401,
  title: "Sign-in required",
}) {}

/** 403: the policy denied the action; `detail` carries the policy's reason. */
export class Forbidden extends HttpApiError.Problem<Forbidden>()("Forbidden", {
  type: "urn:ntm:problem:forbidden",
  status: 403,
  title: "Not allowed",
}) {}

/** 404: no such entity (or route). */
export class NotFound extends HttpApiError.Problem<NotFound>()(
  "NotFound",
  { type: "urn:ntm:problem:not-found", status: 404, title: "Not found" },
  { entityType: Schema.optionalKey(Schema.String), id: Schema.optionalKey(Schema.String) },
) {}

/** Why a write conflicted. */
export const ConflictReason = Schema.Literals([
  "stale-version",
  "already-exists",
  "idempotency-key-reused",
  /** A lifecycle rule refuses the change in the stored state; `rule` names it. */
  "illegal-transition",
])
export type ConflictReason = typeof ConflictReason.Type

/** 409: the write lost a race or contradicts stored state; `currentVersion` helps the client retry. */
export class Conflict extends HttpApiError.Problem<Conflict>()(
  "Conflict",
  { type: "urn:ntm:problem:conflict", status: 409, title: "Conflict" },
  {
    reason: ConflictReason,
    currentVersion: Schema.optionalKey(Schema.Number),
    /** With `illegal-transition`: the rule broken, e.g. `difficulty.illegal-transition`. */
    rule: Schema.optionalKey(Schema.String),
  },
) {}

/** 503: the database is throttling or unavailable; retry after `retryAfterSeconds` (also in `Retry-After`). */
export class Unavailable extends HttpApiError.Problem<Unavailable>()(
  "Unavailable",
  { type: "urn:ntm:problem:unavailable", status: 503, title: "Temporarily unavailable" },
  { retryAfterSeconds: Schema.Number },
) {}

/** 500: a defect. Never empty: `correlationId` finds the log line. */
export class InternalError extends HttpApiError.Problem<InternalError>()(
  "InternalError",
  { type: "urn:ntm:problem:internal", status: 500, title: "Internal error" },
  { correlationId: Schema.String },
) {}

/** Seconds a client should wait after a 503. */
export const RETRY_AFTER_SECONDS = 1

/**
 * Builds a 400 from problems (e.g. core validators' output).
 *
 * @example
 * import { invalid } from "@ntm/api"
 * const problem = invalid([{ severity: "error", path: ["year"], rule: "year.range", message: "year must be 2021–2030" }])
 * problem.status // 400
 */
export const invalid = (errors: ReadonlyArray<ProblemEntry>, detail = "Request validation failed"): InvalidRequest =>
  new InvalidRequest({ detail, errors: [...errors] })
