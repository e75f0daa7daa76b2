/** Cognito hosted-UI sign-in for a deployed dashboard (loaded lazily, only when `/config.json` names Cognito). */
import { type User, UserManager, WebStorageStateStore } from "oidc-client-ts"
import { cognitoLogoutUrl, cognitoSettings, isSignInCallback } from "./cognitoSettings.ts"
import type { CognitoAuth } from "./config.ts"

/** The signed-in user's ID token (it carries the groups and `custom:*` scope claims the API reads). */
const tokenOf = (user: User | null): string | undefined =>
  user === null || user.expired === true ? undefined : user.id_token

/** Sign-in, sign-out and the current token of one browser tab. */
export interface CognitoSignIn {
  /** Sends the browser to the hosted UI (authorization code + PKCE). */
  readonly signIn: () => Promise<void>
  /** Forgets the tokens of this tab, revokes the refresh token and ends the hosted-UI session. */
  readonly signOut: () => Promise<void>
  /** Completes a redirect back from the hosted UI, or reads (renewing if needed) the tab's user: its ID token. */
  readonly resume: () => Promise<string | undefined>
}

/**
 * The Cognito sign-in of this tab. Tokens live in sessionStorage (gone with the tab); the refresh token renews them
 * before they expire, and `onToken` hears every new ID token, or `undefined` when the session ended.
 *
 * @example
 * const cognito = cognitoSignIn(config.auth, setToken)
 * setToken(await cognito.resume())
 */
export const cognitoSignIn = (auth: CognitoAuth, onToken: (token: string | undefined) => void): CognitoSignIn => {
  const store = new WebStorageStateStore({ store: sessionStorage })
  const manager = new UserManager({ ...cognitoSettings(auth), userStore: store, stateStore: store })
  manager.events.addUserLoaded((user) => onToken(tokenOf(user)))
  manager.events.addAccessTokenExpired(() => onToken(undefined))
  manager.events.addSilentRenewError(() => onToken(undefined))
  return {
    signIn: () => manager.signinRedirect(),
    signOut: async () => {
      await manager.revokeTokens(["refresh_token"]).catch(() => undefined)
      await manager.removeUser()
      location.assign(cognitoLogoutUrl(auth))
    },
    resume: async () => {
      const here = new URL(location.href)
      if (isSignInCallback(here)) {
        try {
          return tokenOf(await manager.signinRedirectCallback(here.href))
        } finally {
          // Drop the code and state from the address bar and history, whatever the outcome.
          history.replaceState(null, "", `${here.pathname}${here.hash}`)
        }
      }
      const user = await manager.getUser()
      if (user === null) return undefined
      if (user.expired !== true) return user.id_token
      if (user.refresh_token === undefined) return undefined
      return tokenOf(await manager.signinSilent().catch(() => null))
    },
  }
}
