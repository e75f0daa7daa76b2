/** Which HTTP API routes exist and which of them need a signed-in user: the route plan of the NTM API. */

/** Methods a route can be declared with (API Gateway HTTP API route keys). */
export const RouteMethods = ["ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const
export type RouteMethod = (typeof RouteMethods)[number]

/** An HTTP API route key: `"<METHOD> /path"`, e.g. `"GET /v1/health"` or `"POST /v1/{proxy+}"`. */
export type RouteKey = `${RouteMethod} /${string}`

/** Routes anyone may call: the OpenAPI document, the docs UI, the health check and the public read API. */
export const DEFAULT_PUBLIC_ROUTES: ReadonlyArray<RouteKey> = [
  "GET /openapi.json",
  "GET /docs",
  "GET /docs/{proxy+}",
  "GET /v1/health",
  "GET /v1/public/{proxy+}",
]

/**
 * Routes that need a valid JWT. Every method is listed instead of `ANY` on purpose: an `ANY` route would also
 * catch the browser's CORS preflight (`OPTIONS`, sent without a token), and the JWT authorizer would reject it.
 * With no `OPTIONS` route, API Gateway answers the preflight itself from the CORS configuration.
 */
export const DEFAULT_PROTECTED_ROUTES: ReadonlyArray<RouteKey> = [
  "GET /v1/{proxy+}",
  "POST /v1/{proxy+}",
  "PUT /v1/{proxy+}",
  "PATCH /v1/{proxy+}",
  "DELETE /v1/{proxy+}",
]

/** One route of the plan: its method, its path, and whether the JWT authorizer guards it. */
export interface PlannedRoute {
  readonly key: RouteKey
  readonly method: RouteMethod
  readonly path: string
  readonly authorized: boolean
}

const ROUTE_KEY = /^([A-Z]+) (\/[^\s]*)$/u

/** Splits a route key into method and path; throws on a malformed key. */
export const parseRouteKey = (key: string): { readonly method: RouteMethod; readonly path: string } => {
  const match = ROUTE_KEY.exec(key)
  const method = RouteMethods.find((m) => m === match?.[1])
  if (match === null || method === undefined || match[2] === undefined) {
    throw new Error(`route key "${key}" must be "<${RouteMethods.join("|")}> /path"`)
  }
  return { method, path: match[2] }
}

/**
 * Builds the route plan: every public route without the authorizer, every protected one with it. A key listed as
 * both public and protected, a duplicate key, or (when `cors` is on) a protected `ANY`/`OPTIONS` route is an error,
 * so a route can never be public by accident and CORS preflights are never sent to the authorizer.
 *
 * @example
 * planRoutes({ publicRoutes: ["GET /v1/health"], protectedRoutes: ["POST /v1/{proxy+}"], cors: true })
 * // [{ key: "GET /v1/health", authorized: false, … }, { key: "POST /v1/{proxy+}", authorized: true, … }]
 */
export const planRoutes = (options: {
  readonly publicRoutes: ReadonlyArray<string>
  readonly protectedRoutes: ReadonlyArray<string>
  readonly cors: boolean
}): ReadonlyArray<PlannedRoute> => {
  const seen = new Set<string>()
  const plan = (key: string, authorized: boolean): PlannedRoute => {
    if (seen.has(key)) throw new Error(`route "${key}" is listed more than once (public and protected lists)`)
    seen.add(key)
    const { method, path } = parseRouteKey(key)
    if (authorized && options.cors && (method === "ANY" || method === "OPTIONS")) {
      throw new Error(
        `protected route "${key}" would send CORS preflights (OPTIONS, no token) to the JWT authorizer; list the methods instead`,
      )
    }
    return { key: `${method} ${path}` as RouteKey, method, path, authorized }
  }
  return [...options.publicRoutes.map((k) => plan(k, false)), ...options.protectedRoutes.map((k) => plan(k, true))]
}
