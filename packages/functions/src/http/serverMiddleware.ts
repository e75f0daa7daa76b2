/** Global HTTP middleware: request ids, JSON access logs, and never an empty error body (404 / 500 / 503 problems). */

import { randomUUID } from "node:crypto"
import { InternalError, NotFound, RETRY_AFTER_SECONDS } from "@ntm/api"
import { Cause, Effect, type Types } from "effect"
import { Headers, HttpRouter, HttpServerError, HttpServerRequest, HttpServerResponse } from "effect/http"
import { REQUEST_ID_HEADER } from "./requestContext.ts"

const toProblemJson = (problem: InternalError | NotFound): HttpServerResponse.HttpServerResponse => {
  const { _tag, ...body } = { ...(problem as unknown as Record<string, unknown>) }
  return HttpServerResponse.jsonUnsafe(
    { type: problem.type, title: problem.title, status: problem.status, ...body },
    { status: problem.status, contentType: "application/problem+json" },
  )
}

const isEmpty = (r: HttpServerResponse.HttpServerResponse) => r.body._tag === "Empty"

/**
 * Wraps every request: takes the request id from `x-request-id` (set by the entry point) or makes one, annotates
 * logs with it, turns defects into a logged 500 problem carrying it as `correlationId`, turns an empty 404 (no
 * route) into a problem, adds `Retry-After` to 503s and echoes `x-request-id`. (It handles every failure, so its
 * error type is widened back to `unhandled`, which `HttpRouter.middleware` requires of a global middleware.)
 */
export const ServerMiddleware = HttpRouter.middleware(
  (httpEffect) =>
    Effect.gen(function* () {
      const started = Date.now()
      const request = yield* HttpServerRequest.HttpServerRequest
      const id = request.headers[REQUEST_ID_HEADER] ?? randomUUID()
      const withId = request.modify({ headers: Headers.set(request.headers, REQUEST_ID_HEADER, id) })
      const path = request.url.split("?")[0] ?? request.url
      return yield* handle(httpEffect, withId, id, path, started).pipe(Effect.annotateLogs({ requestId: id }))
    }) as Effect.Effect<HttpServerResponse.HttpServerResponse, Types.unhandled, HttpServerRequest.HttpServerRequest>,
  { global: true },
)

const handle = <E, R>(
  httpEffect: Effect.Effect<HttpServerResponse.HttpServerResponse, E, R>,
  request: HttpServerRequest.HttpServerRequest,
  id: string,
  path: string,
  started: number,
) =>
  Effect.gen(function* () {
    let response = yield* httpEffect.pipe(
      Effect.provideService(HttpServerRequest.HttpServerRequest, request),
      Effect.catchCause((cause) =>
        Effect.gen(function* () {
          const [fromCause] = yield* HttpServerError.causeResponse(cause)
          if (fromCause.status === 404 && isEmpty(fromCause)) {
            return toProblemJson(new NotFound({ detail: `No route ${request.method} ${path}` }))
          }
          if (fromCause.status >= 500 && fromCause.status !== 503) {
            yield* Effect.logError("request failed", Cause.pretty(cause))
            return toProblemJson(
              new InternalError({ detail: "Unexpected error; quote the correlation id", correlationId: id }),
            )
          }
          return fromCause
        }),
      ),
    )
    if (response.status >= 500 && response.status !== 503 && isEmpty(response)) {
      yield* Effect.logError("empty 5xx response replaced")
      response = toProblemJson(new InternalError({ detail: "Unexpected error", correlationId: id }))
    }
    if (response.status === 503) {
      response = HttpServerResponse.setHeader(response, "retry-after", String(RETRY_AFTER_SECONDS))
    }
    yield* Effect.logInfo("request").pipe(
      Effect.annotateLogs({ method: request.method, path, status: response.status, ms: Date.now() - started }),
    )
    return HttpServerResponse.setHeader(response, REQUEST_ID_HEADER, id)
  })
