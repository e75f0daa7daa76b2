/** Local-only dev tokens: HS256 JWTs signed with a random per-process secret. Refuses to exist outside local mode. */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import { localModeRefusal } from "../http/localMode.ts"
import type { Claims } from "./claims.ts"

export { localModeRefusal }

/** Raised when dev tokens are requested outside explicit local mode. */
export class NotLocalModeError extends Error {
  constructor(reason: string) {
    super(`Dev tokens are only available in local mode (NTM_LOCAL=1, not on Lambda): ${reason}`)
    this.name = "NotLocalModeError"
  }
}

/** A dev token issuer and verifier. */
export interface DevTokens {
  /** Signs `claims` (plus `iat`/`exp`) into a compact JWT. */
  readonly issue: (claims: Claims, ttlSeconds?: number) => string
  /** Verifies signature and expiry; returns the claims or why the token is refused. */
  readonly verify: (token: string) => { ok: true; claims: Claims } | { ok: false; reason: string }
}

const b64url = (data: string | Buffer) => Buffer.from(data).toString("base64url")

/**
 * Makes an issuer with a fresh random secret (tokens die with the process). Throws `NotLocalModeError` unless local
 * mode is explicit.
 *
 * @example
 * const dev = makeDevTokens()
 * const token = dev.issue({ sub: "admin", "cognito:groups": ["province-admin"], "custom:province": "10" })
 */
export const makeDevTokens = (env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): DevTokens => {
  const refusal = localModeRefusal(env)
  if (refusal !== undefined) throw new NotLocalModeError(refusal)
  const secret = randomBytes(32)
  const sign = (input: string) => createHmac("sha256", secret).update(input).digest()
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))
  return {
    issue: (claims, ttlSeconds = 12 * 3600) => {
      const iat = Math.floor(now() / 1000)
      const body = b64url(JSON.stringify({ ...claims, iss: "ntm-local-dev", iat, exp: iat + ttlSeconds }))
      return `${header}.${body}.${sign(`${header}.${body}`).toString("base64url")}`
    },
    verify: (token) => {
      const parts = token.split(".")
      if (parts.length !== 3) return { ok: false, reason: "malformed token" }
      const [h, b, s] = parts as [string, string, string]
      const expected = sign(`${h}.${b}`)
      const given = Buffer.from(s, "base64url")
      if (h !== header || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: "bad signature" }
      }
      let claims: Record<string, unknown>
      try {
        claims = JSON.parse(Buffer.from(b, "base64url").toString("utf8")) as Record<string, unknown>
      } catch {
        return { ok: false, reason: "malformed token" }
      }
      if (typeof claims.exp !== "number" || claims.exp * 1000 <= now()) return { ok: false, reason: "token expired" }
      return { ok: true, claims }
    },
  }
}

/** Sample users, one per role, for local runs (illustrative unit codes from `--province/--commune` flags). */
export const devUsers = (units: { province: string; agency: string; commune: string; district: string }) =>
  ({
    "province-admin": {
      sub: "dev-province-admin",
      "cognito:groups": ["province-admin"],
      "custom:province": units.province,
    },
    agency: {
      sub: "dev-agency",
      "cognito:groups": ["agency"],
      "custom:province": units.province,
      "custom:agency": units.agency,
    },
    "commune-official": {
      sub: "dev-commune-official",
      "cognito:groups": ["commune-official"],
      "custom:province": units.province,
      "custom:unit": units.commune,
    },
    "unit-viewer": {
      sub: "dev-unit-viewer",
      "cognito:groups": ["unit-viewer"],
      "custom:province": units.province,
      "custom:unit": units.district,
    },
  }) as const
