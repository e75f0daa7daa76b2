/** The errors every endpoint can answer, declared on each endpoint so handlers may fail with them and OpenAPI lists them. */
import type { Schema } from "effect"
import { InvalidRequest, Unavailable } from "../http/problems.ts"

/**
 * `[InvalidRequest, Unavailable, ...extra]`: 400 (validation beyond the Schema, bad cursors) and 503 (throttled
 * database), plus the endpoint's own problems.
 *
 * @example
 * HttpApiEndpoint.get("get", "/things/:id", { params, success: Thing, error: errors(NotFound, Forbidden) })
 */
export const errors = <const E extends ReadonlyArray<Schema.Top>>(...extra: E) =>
  [InvalidRequest, Unavailable, ...extra] as const
