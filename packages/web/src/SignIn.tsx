/** Sign-in: pick a role among the local server's dev tokens, or paste a token (the Cognito flow comes later). */
import { useEffect, useState } from "preact/hooks"
import { loadDevTokens, type OfferedToken } from "./devTokens.ts"
import { type Language, type MessageKey, t } from "./i18n/index.ts"

const roleKey = (role: string): MessageKey | undefined =>
  ["province-admin", "agency", "commune-official", "unit-viewer"].includes(role)
    ? (`role.${role}` as MessageKey)
    : undefined

/** The sign-in form; calls `onSignIn` with the chosen token. */
export const SignIn = (props: { readonly lang: Language; readonly onSignIn: (token: string) => void }) => {
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
