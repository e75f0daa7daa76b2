/** `GET /local/dev-tokens`: the local server offers its dev tokens to the sign-in page — in local mode only. */
import type { Claims } from "../auth/claims.ts"
import { type DevTokens, localModeRefusal } from "../auth/devTokens.ts"

/** The path of the offer (outside `/v1`: not part of the API, its OpenAPI document or the Lambda). */
export const DEV_TOKENS_PATH = "/local/dev-tokens"

/**
 * Answers the offer: one fresh token per role, or 404 when local mode is off (`NTM_LOCAL=1` and not on Lambda,
 * the same rule as `makeDevTokens`). Checked on every request, so a process whose environment changes refuses too.
 * Only `local/server.ts` mounts it; the Lambda entry never imports this module.
 *
 * @example
 * devTokenOffer(devTokens, devUsers(units)) // 200 {"tokens":[{"role":"province-admin","token":"ey…"}, …]}
 */
export const devTokenOffer = (
  devTokens: DevTokens,
  users: Readonly<Record<string, Claims>>,
  env: NodeJS.ProcessEnv = process.env,
): Response => {
  const refusal = localModeRefusal(env)
  if (refusal !== undefined) {
    return new Response(
      JSON.stringify({ type: "urn:ntm:problem:not-found", title: "Not found", status: 404, detail: refusal }),
      { status: 404, headers: { "content-type": "application/problem+json" } },
    )
  }
  const tokens = Object.entries(users).map(([role, claims]) => ({ role, token: devTokens.issue(claims) }))
  return new Response(JSON.stringify({ tokens }), {
    status: 200,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  })
}
