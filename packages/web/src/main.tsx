import "./styles.css"
/** The dashboard shell: language switch, sign-in, navigation and the lazily loaded pages. */
import { type ComponentType, render } from "preact"
import { useEffect, useRef, useState } from "preact/hooks"
import { type AuthMode, startAuth } from "./auth/start.ts"
import { type Language, t } from "./i18n/index.ts"
import { parseRoute, type Route } from "./route.ts"
import { SignIn } from "./SignIn.tsx"
import { type Session, sessionOf, storedToken, storeToken } from "./session.ts"

type PageProps = { session: Session; lang: Language; year: number; code: string }

// Pages (and the API client with effect) load after sign-in, so the first screen stays small.
const loaders = {
  overview: () => import("./pages/Overview.tsx").then((m) => m.OverviewPage as ComponentType<PageProps>),
  communes: () => import("./pages/Communes.tsx").then((m) => m.CommunesPage as ComponentType<PageProps>),
  commune: () => import("./pages/Commune.tsx").then((m) => m.CommunePage as ComponentType<PageProps>),
  help: () => import("./pages/Help.tsx").then((m) => m.HelpPage as ComponentType<PageProps>),
  entry: () => import("./pages/Entry.tsx").then((m) => m.EntryPage as ComponentType<PageProps>),
} as const

const Page = (props: PageProps & { readonly route: Route }) => {
  const [loaded, setLoaded] = useState<{ page: string; component: ComponentType<PageProps> } | undefined>(undefined)
  const page = props.route.page
  useEffect(() => {
    if (page === "not-found") return
    let live = true
    void loaders[page]().then((component) => live && setLoaded({ page, component }))
    return () => {
      live = false
    }
  }, [page])
  if (page === "not-found") return <p>{t(props.lang, "notFound")}</p>
  if (loaded === undefined || loaded.page !== page) return <p role="status">{t(props.lang, "loading")}</p>
  const C = loaded.component
  return <C {...props} />
}

const YEARS = [2022, 2023, 2024, 2025] as const

const initialLanguage = (): Language => (localStorage.getItem("ntm.lang") === "en" ? "en" : "vi")

/** The application: owns the language, the session, the route and the year. */
export const App = () => {
  const [lang, setLang] = useState<Language>(initialLanguage)
  const [session, setSession] = useState<Session | undefined>(() => {
    const token = storedToken()
    return token === undefined ? undefined : sessionOf(token)
  })
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash))
  const [year, setYear] = useState(2024)
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash))
      // Move focus to the content so keyboard and screen-reader users land on the new page.
      document.getElementById("main")?.focus()
    }
    addEventListener("hashchange", onHash)
    return () => removeEventListener("hashchange", onHash)
  }, [])
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = t(lang, "appTitle")
    localStorage.setItem("ntm.lang", lang)
  }, [lang])
  const signIn = (token: string) => {
    storeToken(token)
    setSession(sessionOf(token))
  }
  const forget = () => {
    storeToken(undefined)
    setSession(undefined)
  }
  // How this deployment signs in; a Cognito session's ID token arrives here now and on every renewal.
  const [auth, setAuth] = useState<AuthMode | undefined>(undefined)
  const authReady = useRef<Promise<AuthMode> | undefined>(undefined)
  useEffect(() => {
    const ready = startAuth((token) => (token === undefined ? forget() : signIn(token)))
    authReady.current = ready
    void ready.then(setAuth)
  }, [])
  // A stored session shows before the sign-in mode is known: sign-out waits for it, then ends the Cognito session too.
  const signOut = () => {
    forget()
    void authReady.current?.then((mode) => (mode.kind === "cognito" ? mode.signOut() : undefined))
  }
  const code = route.page === "commune" ? route.code : route.page === "entry" ? route.form : ""
  return (
    <>
      <a class="skip" href="#main">
        {t(lang, "skipToContent")}
      </a>
      <header class="top">
        <span class="brand">{t(lang, "appTitle")}</span>
        {session !== undefined && (
          <nav aria-label={t(lang, "appTitle")}>
            <a href="#/" aria-current={route.page === "overview" ? "page" : undefined}>
              {t(lang, "navOverview")}
            </a>
            <a href="#/communes" aria-current={route.page === "communes" ? "page" : undefined}>
              {t(lang, "navCommunes")}
            </a>
            <a href="#/help" aria-current={route.page === "help" ? "page" : undefined}>
              {t(lang, "navHelp")}
            </a>
            <a href="#/entry" aria-current={route.page === "entry" ? "page" : undefined}>
              {t(lang, "navEntry")}
            </a>
          </nav>
        )}
        <div class="tools">
          {session !== undefined && (
            <label>
              {t(lang, "year")}{" "}
              <select value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
                {YEARS.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          )}
          <fieldset class="lang">
            <legend class="visually-hidden">{t(lang, "language")}</legend>
            {(["vi", "en"] as const).map((l) => (
              <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l}>
                {l === "vi" ? "Tiếng Việt" : "English"}
              </button>
            ))}
          </fieldset>
          {session !== undefined && (
            <>
              <span class="who">
                {t(lang, "signedInAs", { role: session.role === undefined ? "?" : t(lang, `role.${session.role}`) })}
              </span>
              <button type="button" onClick={signOut}>
                {t(lang, "signOut")}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {session === undefined ? (
          auth === undefined ? (
            <p role="status">{t(lang, "loading")}</p>
          ) : (
            <SignIn lang={lang} auth={auth} onSignIn={signIn} />
          )
        ) : (
          <Page route={route} session={session} lang={lang} year={year} code={code} />
        )}
      </main>
    </>
  )
}

const root = document.getElementById("app")
if (root !== null) render(<App />, root)
