/** The typed API client for other apps: built from the same `Api` definition as the server (no server code inside). */
import { Effect, type Layer } from "effect"
import { FetchHttpClient, HttpClient, HttpClientRequest } from "effect/http"
import { HttpApiClient } from "effect/http-api"
import { Api } from "../definition/Api.ts"

export { Api } from "../definition/Api.ts"
export * from "../http/problems.ts"
export { AuditRecord } from "../records/Audit.ts"

/** Options of `makeClient`. */
export interface ClientOptions {
  /** The API's origin, e.g. `https://api.example.org` or `http://localhost:3000`. */
  readonly baseUrl: string
  /** A bearer token (a Cognito ID/access token, or a local dev token); omitted for public endpoints. */
  readonly token?: string | undefined
}

/**
 * A typed client: one method per endpoint, grouped like the API (`client.audit.trail({ params, query })`).
 * Errors are the endpoint's declared problems, decoded into their classes.
 *
 * @example
 * const program = Effect.gen(function* () {
 *   const client = yield* makeClient({ baseUrl: "http://localhost:3000", token })
 *   return yield* client.system.health()
 * })
 * await Effect.runPromise(program.pipe(Effect.provide(FetchHttpClient.layer)))
 */
export const makeClient = (options: ClientOptions) =>
  HttpApiClient.make(Api, {
    baseUrl: options.baseUrl,
    transformClient:
      options.token === undefined ? undefined : HttpClient.mapRequest(HttpClientRequest.bearerToken(options.token)),
  })

/** The fetch-based HTTP layer the client needs in browsers and Node. */
export const ClientHttpLayer: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer

/**
 * Runs one call with a fresh client over fetch (convenience for scripts).
 *
 * @example
 * import { call } from "@ntm/api/client"
 * const health = await call({ baseUrl: "http://localhost:3000" }, (client) => client.system.health())
 */
export const call = <A, E>(
  options: ClientOptions,
  f: (client: Effect.Success<ReturnType<typeof makeClient>>) => Effect.Effect<A, E>,
): Promise<A> => Effect.runPromise(Effect.flatMap(makeClient(options), f).pipe(Effect.provide(ClientHttpLayer)))
