/**
 * Baseline for the measurement in docs/api.md: the same two endpoints (health, audit trail) routed by hand over the
 * same Schemas, repository and policy, without effect/http-api. Not used by the app.
 */
import { PageQuery } from "@ntm/api"
import { authorize } from "@ntm/core/authz"
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda"
import { Layer, Logger, ManagedRuntime, Schema } from "effect"
import { principalFromClaims } from "../src/auth/claims.ts"
import { ClockLive } from "../src/services/Clock.ts"
import { dynamoFromEnv } from "../src/table/Dynamo.ts"
import { auditTrail } from "../src/table/repository.ts"

const runtime = ManagedRuntime.make(Layer.mergeAll(dynamoFromEnv(), ClockLive, Logger.layer([Logger.consoleJson])))
const Query = Schema.Struct(PageQuery)
const json = (statusCode: number, body: unknown, problem = false) => ({
  statusCode,
  headers: { "content-type": problem ? "application/problem+json" : "application/json" },
  body: JSON.stringify(body),
})

export const handler = async (event: APIGatewayProxyEventV2WithJWTAuthorizer) => {
  const path = event.rawPath
  if (event.requestContext.http.method === "GET" && path === "/v1/health") {
    return json(200, { status: "ok", service: "ntm-api" })
  }
  const m = /^\/v1\/audit\/([^/]+)\/([^/]+)$/u.exec(path)
  if (event.requestContext.http.method !== "GET" || m === null) return json(404, { status: 404 }, true)
  const claims = event.requestContext.authorizer?.jwt?.claims
  if (claims === undefined) return json(401, { status: 401 }, true)
  const who = principalFromClaims(claims)
  if (!who.ok) return json(403, { status: 403, detail: who.reason }, true)
  const query = Schema.decodeUnknownExit(Query)(Object.fromEntries(new URLSearchParams(event.rawQueryString)), {
    errors: "all",
  })
  if (query._tag === "Failure") return json(400, { status: 400 }, true)
  const exit = await runtime.runPromiseExit(
    auditTrail(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!), query.value),
  )
  if (exit._tag === "Failure") return json(503, { status: 503 }, true)
  const latest = exit.value.items.at(-1)
  if (latest === undefined) return json(404, { status: 404 }, true)
  const d = authorize(who.principal, "audit:read", latest.scope)
  return d._tag === "Allow" ? json(200, exit.value) : json(403, { status: 403, detail: d.reason }, true)
}
