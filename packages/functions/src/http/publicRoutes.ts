/** The routes that need no token. The CDK app puts the JWT authorizer on every other route. */

/** A public route as API Gateway HTTP API route keys understand it (`{proxy+}` = any sub-path). */
export interface PublicRoute {
  readonly method: "GET"
  readonly path: string
}

/**
 * Exactly these routes are public: the OpenAPI document, the docs page and its assets, health, and published
 * reports. Everything else requires a verified JWT.
 */
export const publicRoutes: ReadonlyArray<PublicRoute> = [
  { method: "GET", path: "/openapi.json" },
  { method: "GET", path: "/docs" },
  { method: "GET", path: "/docs/{proxy+}" },
  { method: "GET", path: "/v1/health" },
  { method: "GET", path: "/v1/public/{proxy+}" },
]

/** True when `method path` is public (path without query string). */
export const isPublicRoute = (method: string, path: string): boolean =>
  publicRoutes.some((r) => {
    if (r.method !== method.toUpperCase()) return false
    if (!r.path.endsWith("/{proxy+}")) return r.path === path
    const base = r.path.slice(0, -"{proxy+}".length)
    return path.startsWith(base) && path.length > base.length
  })
