/** Sign-in: the Cognito hosted UI when deployed; locally, a role among the server's dev tokens or a pasted token. */
import { useEffect, useState } from "preact/hooks"
import type { AuthMode } from "./auth/start.ts"
import { loadDevTokens, type OfferedToken } from "./devTokens.ts"
import { type Language, type MessageKey, t } from "./i18n/index.ts"

const roleKey = (role: string): MessageKey | undefined =>
  ["province-admin", "agency", "commune-official", "unit-viewer"].includes(role)
    ? (`role.${role}` as MessageKey)
    : undefined

/** Deployed: one button to the hosted UI, and why the last attempt failed. */
const AccountSignIn = (props: { readonly lang: Language; readonly auth: AuthMode & { kind: "cognito" } }) => {
  const { lang, auth } = props
  return (
    <section aria-labelledby="signin-title" class="signin">
      <h1 id="signin-title">{t(lang, "signIn")}</h1>
      <p>{t(lang, "signInAccountIntro")}</p>
      {auth.error !== undefined && (
        <p role="alert" class="field-error">
          {t(lang, "signInFailed", { detail: auth.error })}
        </p>
      )}
      <button type="button" onClick={() => void auth.signIn()}>
        {t(lang, "signInWithAccount")}
      </button>
    </section>
  )
}

/** `/config.json` is wrong: say so, with every problem, instead of offering a sign-in that cannot work. */
const BrokenConfig = (props: { readonly lang: Language; readonly problems: ReadonlyArray<string> }) => (
  <section aria-labelledby="signin-title" class="signin">
    <h1 id="signin-title">{t(props.lang, "signIn")}</h1>
    <p role="alert">{t(props.lang, "configBroken")}</p>
    <ul>
      {props.problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  </section>
)

/** The sign-in of this deployment; locally, calls `onSignIn` with the chosen token. */
export const SignIn = (props: {
  readonly lang: Language
  readonly auth: AuthMode
  readonly onSignIn: (token: string) => void
}) => {
  const { auth } = props
  if (auth.kind === "cognito") return <AccountSignIn lang={props.lang} auth={auth} />
  if (auth.kind === "broken") return <BrokenConfig lang={props.lang} problems={auth.problems} />
  return <LocalSignIn lang={props.lang} onSignIn={props.onSignIn} />
}

/** Local run: pick a role among the dev tokens, or paste a token. */
const LocalSignIn = (props: { readonly lang: Language; readonly onSignIn: (token: string) => void }) => {
  const { lang } = props
  const [offered, setOffered] = useState<ReadonlyArray<OfferedToken> | undefined>(undefined)
  const [token, setToken] = useState("")
  const [error, setError] = useState(false)
  useEffect(() => {
    void loadDevTokens().then(setOffered)
  }, [])
  const submit = (e: Event) => {
    e.preventDefault()
    if (token.trim() === "") {
      setError(true)
      return
    }
    props.onSignIn(token.trim())
  }
  return (
    <section aria-labelledby="signin-title" class="signin">
      <h1 id="signin-title">{t(lang, "signIn")}</h1>
      <p>{t(lang, "signInIntro")}</p>
      {offered !== undefined && offered.length > 0 && (
        <fieldset>
          <legend>{t(lang, "signInRole")}</legend>
          <div class="roles">
            {offered.map((o) => {
              const key = roleKey(o.role)
              return (
                <button key={o.role} type="button" onClick={() => props.onSignIn(o.token)} data-role={o.role}>
                  {key === undefined ? o.role : t(lang, key)}
                </button>
              )
            })}
          </div>
        </fieldset>
      )}
      {offered !== undefined && offered.length === 0 && <p class="muted">{t(lang, "signInNoTokens")}</p>}
      <form onSubmit={submit} noValidate>
        <label for="token">{t(lang, "signInToken")}</label>
        <textarea
          id="token"
          rows={3}
          value={token}
          aria-invalid={error}
          aria-describedby={error ? "token-error" : undefined}
          onInput={(e) => {
            setToken(e.currentTarget.value)
            setError(false)
          }}
        />
        {error && (
          <p id="token-error" class="field-error">
            {t(lang, "signInTokenRequired")}
          </p>
        )}
        <button type="submit">{t(lang, "signIn")}</button>
      </form>
    </section>
  )
}
