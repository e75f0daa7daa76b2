/** Authentication: the verified claims of one request become the `CurrentPrincipal` of protected endpoints. */
import type { Principal } from "@ntm/core/authz"
import { Context, Effect, Layer } from "effect"
import { HttpApiMiddleware, HttpApiSecurity } from "effect/http-api"
import { type Claims, principalFromClaims } from "../auth/claims.ts"
import { Forbidden, Unauthorized } from "./problems.ts"

/**
 * The claims verified for this request, supplied per request by the entry point: the Lambda adapter copies
 * `requestContext.authorizer.jwt.claims` (verified by API Gateway); the local server verifies a dev token.
 * `undefined` = no token. It is never read from a request header, so a client cannot forge it.
 */
export class RequestAuth extends Context.Service<RequestAuth, { readonly claims: Claims | undefined }>()(
  "ntm/RequestAuth",
) {}

/** The caller of a protected endpoint, from verified claims. */
export class CurrentPrincipal extends Context.Service<CurrentPrincipal, Principal>()("ntm/CurrentPrincipal") {}

/** Bearer-token middleware for every non-public endpoint: 401 without a token, 403 when the claims lack a role. */
export class Authentication extends HttpApiMiddleware.Service<
  Authentication,
  { provides: CurrentPrincipal; requires: RequestAuth }
>()("ntm/Authentication", {
  error: [Unauthorized, Forbidden],
  // Lower-case "bearer" in OpenAPI: Scalar's docs page only offers a token field for that spelling.
  security: { bearer: HttpApiSecurity.http({ scheme: "bearer" }) },
}) {}

/** The implementation: reads `RequestAuth` (the bearer credential itself was verified before the app ran). */
export const AuthenticationLive = Layer.succeed(Authentication)({
  bearer: (httpEffect) =>
    Effect.gen(function* () {
      const { claims } = yield* RequestAuth
      if (claims === undefined) return yield* new Unauthorized({ detail: "Send a bearer token" })
      const result = principalFromClaims(claims)
      if (!result.ok) return yield* new Forbidden({ detail: result.reason })
      return yield* Effect.provideService(httpEffect, CurrentPrincipal, result.principal)
    }),
})
