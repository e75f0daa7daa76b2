/** Authorization of reference data (packs, units): any signed-in role may read its own province's reference data. */
import { CurrentPrincipal } from "@ntm/api"
import { Effect } from "effect"
import { authorizeOrFail } from "./requestContext.ts"

/** Fails with 403 unless the caller may read reference data (`reference:read` in its own province; never public). */
export const authorizeReferenceRead = Effect.gen(function* () {
  const principal = yield* CurrentPrincipal
  yield* authorizeOrFail("reference:read", { province: principal.role === "public" ? "" : principal.province })
})
