/** Publishing the year's help report (province admin): state, a publish button, and the public address once published. */
import { useState } from "preact/hooks"
import { type Language, t } from "../i18n/index.ts"
import { useLoad } from "../pages/useLoad.ts"
import { isPublished, publicReportUrl, publishHelpReport } from "../reads.ts"
import { LoadStatus } from "./Status.tsx"

/** Shows whether the report is published; the button publishes it (`POST /v1/reports/help/publications`). */
export const Publication = (props: {
  readonly token: string
  readonly province: string
  readonly year: number
  readonly lang: Language
}) => {
  const { token, province, year, lang } = props
  const [state, retry] = useLoad(() => isPublished(token, province, year), [token, province, year])
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ at?: string; error?: string } | undefined>(undefined)
  const url = publicReportUrl(province, year)
  const publish = () => {
    setBusy(true)
    setResult(undefined)
    publishHelpReport(token, province, year).then(
      (p) => {
        setBusy(false)
        setResult({ at: p.publishedAt })
      },
      (e: unknown) => {
        setBusy(false)
        setResult({ error: e instanceof Error ? e.message : String(e) })
        retry()
      },
    )
  }
  return (
    <section class="publication" aria-labelledby="publication-title">
      <h2 id="publication-title">{t(lang, "publishTitle")}</h2>
      <LoadStatus load={state} lang={lang} retry={retry} />
      {result?.at !== undefined ? (
        <p role="status">{t(lang, "publishedAt", { at: result.at, url })}</p>
      ) : state.state === "done" && state.value ? (
        <p>{t(lang, "publishedAlready", { year, url })}</p>
      ) : (
        state.state === "done" && (
          <p>
            {t(lang, "notPublished", { year })}{" "}
            <button type="button" onClick={publish} disabled={busy}>
              {busy ? t(lang, "publishing") : t(lang, "publishButton", { year })}
            </button>
          </p>
        )
      )}
      {result?.error !== undefined && (
        <p role="alert" class="status error">
          {t(lang, "loadFailed", { detail: result.error })}
        </p>
      )}
      <p class="muted small">{t(lang, "publishNote")}</p>
    </section>
  )
}
