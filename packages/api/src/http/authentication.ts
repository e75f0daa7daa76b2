/** Authentication on the wire: the bearer-token middleware every non-public endpoint declares, and what it provides. */
import type { Principal } from "@ntm/core/authz"
import { Context } from "effect"
import { HttpApiMiddleware, HttpApiSecurity } from "effect/http-api"
import { Forbidden, Unauthorized } from "./problems.ts"

/**
 * The claims verified for this request, supplied per request by the server's entry point (never read from a request
 * header, so a client cannot forge it). `undefined` = no token. A client never provides it.
 */
export class RequestAuth extends Context.Service<
  RequestAuth,
  { readonly claims: Readonly<Record<string, unknown>> | undefined }
>()("ntm/RequestAuth") {}

/** The caller of a protected endpoint, from verified claims. */
export class CurrentPrincipal extends Context.Service<CurrentPrincipal, Principal>()("ntm/CurrentPrincipal") {}

/**
 * Bearer-token middleware for every non-public endpoint: 401 without a token, 403 when the claims lack a role.
 * This is its definition only; the server implements it.
 */
export class Authentication extends HttpApiMiddleware.Service<
  Authentication,
  { provides: CurrentPrincipal; requires: RequestAuth }
>()("ntm/Authentication", {
  error: [Unauthorized, Forbidden],
  // Lower-case "bearer" in OpenAPI: Scalar's docs page only offers a token field for that spelling.
  security: { bearer: HttpApiSecurity.http({ scheme: "bearer" }) },
}) {}
