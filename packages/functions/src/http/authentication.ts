/** Authentication: the verified claims of one request become the `CurrentPrincipal` of protected endpoints. */
import { Authentication, CurrentPrincipal, Forbidden, RequestAuth, Unauthorized } from "@ntm/api"
import { Effect, Layer } from "effect"
import { principalFromClaims } from "../auth/claims.ts"

/** The implementation of @ntm/api's `Authentication`: reads `RequestAuth` (the bearer credential itself was verified before the app ran). */
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
