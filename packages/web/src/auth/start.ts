/** Which sign-in this dashboard offers: read `/config.json`, then load the Cognito flow only when it is named. */

/** The sign-in of this deployment. */
export type AuthMode =
  /** The local server's dev tokens (or a pasted token): `pnpm start`, or no `/config.json`. */
  | { readonly kind: "local" }
  /** Cognito's hosted UI; `error` tells why the last sign-in failed. */
  | {
      readonly kind: "cognito"
      readonly signIn: () => Promise<void>
      readonly signOut: () => Promise<void>
      readonly error?: string
    }
  /** `/config.json` is there but wrong: nobody can sign in until it is fixed. */
  | { readonly kind: "broken"; readonly problems: ReadonlyArray<string> }

let apiBaseUrl: string | undefined

/** Base URL of the API for this page: the config's `apiUrl`, or this site when it is "/" or absent. */
export const apiBase = (): string => apiBaseUrl ?? location.origin

/**
 * `/config.json` as JSON, or undefined when the site has none: the local server answers 404, S3 behind CloudFront
 * 403 (no list permission), and a dev server may answer with its HTML page.
 */
const fetchConfig = async (): Promise<unknown> => {
  const response = await fetch("/config.json", { cache: "no-store" }).catch(() => undefined)
  if (response === undefined || !response.ok) return undefined
  if (!(response.headers.get("content-type") ?? "").includes("json")) return undefined
  return response.json().catch(() => ({ invalid: "not JSON" }))
}

/**
 * Finds out how this deployment signs in and, for Cognito, completes a pending redirect or renews the stored
 * session. `onToken` receives the Cognito session's ID token now and on every renewal (`undefined` = signed out).
 * Local mode loads nothing more: effect and the OAuth client stay out of the first screen.
 */
export const startAuth = async (onToken: (token: string | undefined) => void): Promise<AuthMode> => {
  const raw = await fetchConfig()
  if (raw === undefined) return { kind: "local" }
  const { decodeWebConfig, formatProblems } = await import("./config.ts")
  const decoded = decodeWebConfig(raw)
  if (!decoded.ok) return { kind: "broken", problems: formatProblems(decoded.problems) }
  const config = decoded.value
  if (config.apiUrl !== "/") apiBaseUrl = config.apiUrl.replace(/\/+$/u, "")
  if (config.auth.kind === "local") return { kind: "local" }
  const { cognitoSignIn } = await import("./cognito.ts")
  const cognito = cognitoSignIn(config.auth, onToken)
  const mode = { kind: "cognito", signIn: cognito.signIn, signOut: cognito.signOut } as const
  try {
    onToken(await cognito.resume())
    return mode
  } catch (e) {
    onToken(undefined)
    return { ...mode, error: e instanceof Error ? e.message : String(e) }
  }
}
