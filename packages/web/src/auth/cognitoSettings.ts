/** How the dashboard talks to a Cognito user pool's hosted UI: endpoints, OAuth settings and the sign-out URL. */
import type { UserManagerSettings } from "oidc-client-ts"
import type { CognitoAuth } from "./config.ts"

/** Scopes asked for: `openid` for the ID token, `email` and `profile` for the name shown. */
export const COGNITO_SCOPES = "openid email profile"

/** The issuer of the pool's tokens (the `iss` claim). */
export const cognitoIssuer = (auth: CognitoAuth): string =>
  `https://cognito-idp.${auth.region}.amazonaws.com/${auth.userPoolId}`

/**
 * The pool's OAuth endpoints, given to the client up front so it never fetches the discovery document (one request
 * less on a slow connection, and the CSP only has to allow the hosted-UI domain).
 */
export const cognitoEndpoints = (auth: CognitoAuth) => ({
  issuer: cognitoIssuer(auth),
  authorization_endpoint: `${auth.domain}/oauth2/authorize`,
  token_endpoint: `${auth.domain}/oauth2/token`,
  userinfo_endpoint: `${auth.domain}/oauth2/userInfo`,
  revocation_endpoint: `${auth.domain}/oauth2/revoke`,
  end_session_endpoint: `${auth.domain}/logout`,
})

/**
 * The OAuth client settings: authorization code with PKCE (the client has no secret), tokens renewed with the
 * refresh token before they expire, no user-info call (the ID token carries every claim the page shows).
 *
 * @example
 * new UserManager({ ...cognitoSettings(auth), userStore, stateStore })
 */
export const cognitoSettings = (
  auth: CognitoAuth,
): Omit<UserManagerSettings, "userStore" | "stateStore"> & { readonly response_type: "code" } => ({
  authority: cognitoIssuer(auth),
  metadata: cognitoEndpoints(auth),
  client_id: auth.clientId,
  redirect_uri: auth.redirectUri,
  post_logout_redirect_uri: auth.logoutUri,
  response_type: "code",
  response_mode: "query",
  scope: COGNITO_SCOPES,
  disablePKCE: false,
  loadUserInfo: false,
  automaticSilentRenew: true,
  monitorSession: false,
})

/**
 * Cognito's sign-out URL (its `/logout` endpoint wants `client_id` and `logout_uri`, not the OpenID Connect
 * parameters): ends the hosted-UI session, then returns to the dashboard.
 *
 * @example
 * cognitoLogoutUrl(auth) // "https://ntm….amazoncognito.com/logout?client_id=…&logout_uri=https%3A%2F%2F…%2F"
 */
export const cognitoLogoutUrl = (auth: CognitoAuth): string =>
  `${auth.domain}/logout?${new URLSearchParams({ client_id: auth.clientId, logout_uri: auth.logoutUri })}`

/** Whether a URL is the hosted UI's redirect back to the dashboard (a code or an error, with the state). */
export const isSignInCallback = (url: URL): boolean =>
  url.searchParams.has("state") && (url.searchParams.has("code") || url.searchParams.has("error"))
