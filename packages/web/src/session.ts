/** The signed-in session: the bearer token and the claims the page reads from it (never trusted by the server). */

/** Roles of the claims contract (`cognito:groups`). */
export type Role = "province-admin" | "agency" | "commune-official" | "unit-viewer"

/** What the page knows about the user: the token it sends and the scope it shows. */
export interface Session {
  readonly token: string
  readonly role?: Role
  readonly province?: string
  readonly unit?: string
  readonly agency?: string
}

const roles: ReadonlyArray<Role> = ["province-admin", "agency", "commune-official", "unit-viewer"]

const decodeBase64Url = (s: string): string => {
  const b64 = s
    .replace(/-/gu, "+")
    .replace(/_/gu, "/")
    .padEnd(Math.ceil(s.length / 4) * 4, "=")
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}

const groupsOf = (v: unknown): Array<string> =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === "string")
    : typeof v === "string"
      ? v
          .replace(/^\[|\]$/gu, "")
          .split(/[\s,]+/u)
          .filter((x) => x !== "")
      : []

/**
 * Reads a JWT's payload for display (role, province, unit). The server verifies the token; a token the page cannot
 * read still signs in, without a known scope.
 *
 * @example
 * sessionOf(token).province // "10"
 */
export const sessionOf = (token: string): Session => {
  const trimmed = token.trim()
  try {
    const payload = JSON.parse(decodeBase64Url(trimmed.split(".")[1] ?? "")) as Record<string, unknown>
    const groups = groupsOf(payload["cognito:groups"])
    const role = roles.find((r) => groups.includes(r)) // roles are listed widest first
    const str = (k: string): string | undefined => (typeof payload[k] === "string" ? (payload[k] as string) : undefined)
    const province = str("custom:province")
    const unit = str("custom:unit")
    const agency = str("custom:agency")
    return {
      token: trimmed,
      ...(role === undefined ? {} : { role }),
      ...(province === undefined ? {} : { province }),
      ...(unit === undefined ? {} : { unit }),
      ...(agency === undefined ? {} : { agency }),
    }
  } catch {
    return { token: trimmed }
  }
}

const KEY = "ntm.session.token"

/** The token kept for this browser tab (sessionStorage: gone when the tab closes). */
export const storedToken = (): string | undefined => sessionStorage.getItem(KEY) ?? undefined

/** Keeps or forgets the token for this tab. */
export const storeToken = (token: string | undefined): void => {
  if (token === undefined) sessionStorage.removeItem(KEY)
  else sessionStorage.setItem(KEY, token)
}
