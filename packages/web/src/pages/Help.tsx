/**
 * Help report page (báo cáo kết quả giúp đỡ xã): the official total in million đồng, the generated paragraph and
 * method statement, the chosen sheet (by provider / commune / district / today's communes, quantity list, valuation
 * method, reconciliation) with its notes, CSV/XLSX download, and publication for the province admin.
 */
import { useState } from "preact/hooks"
import { downloadHelpReport, type HelpBy, loadHelpReport } from "../api.ts"
import { Publication } from "../components/Publication.tsx"
import { LoadStatus } from "../components/Status.tsx"
import { formatMillionDong, type Language, type LocalizedText, t } from "../i18n/index.ts"
import { helpTotals } from "../model/helpTotals.ts"
import { type CellJson, type ColumnJson, reportCellText } from "../model/report.ts"
import type { Session } from "../session.ts"
import { useLoad } from "./useLoad.ts"

/** The report JSON the page reads (core's `Json.ReportJson`). */
interface ReportJson {
  readonly title: LocalizedText
  readonly paragraphs: ReadonlyArray<LocalizedText>
  readonly sheets: ReadonlyArray<{
    readonly id: string
    readonly title: LocalizedText
    readonly columns: ReadonlyArray<ColumnJson>
    readonly rows: ReadonlyArray<Readonly<Record<string, CellJson>>>
    readonly totals: ReadonlyArray<Readonly<Record<string, CellJson>>>
    readonly notes: ReadonlyArray<LocalizedText>
  }>
}

const BYS: ReadonlyArray<HelpBy> = ["provider", "commune", "district", "unit2025", "items", "method", "reconciliation"]

/** The help report of the signed-in user's province for `year`. */
export const HelpPage = (props: { readonly session: Session; readonly lang: Language; readonly year: number }) => {
  const { session, lang, year } = props
  const province = session.province ?? ""
  const [by, setBy] = useState<HelpBy>("provider")
  const [downloadError, setDownloadError] = useState<string | undefined>(undefined)
  const [report, retry] = useLoad(
    () => loadHelpReport(session.token, province, year, by, lang) as Promise<ReportJson>,
    [session.token, province, year, by, lang],
  )
  const download = (format: "csv" | "xlsx") => {
    setDownloadError(undefined)
    downloadHelpReport(session.token, province, year, by, lang, format).catch((e: unknown) =>
      setDownloadError(e instanceof Error ? e.message : String(e)),
    )
  }
  return (
    <section aria-labelledby="help-title">
      <h1 id="help-title">{t(lang, "helpTitle", { province, year })}</h1>
      <div class="filters">
        <label>
          {t(lang, "helpBy")}
          <select value={by} onChange={(e) => setBy(e.currentTarget.value as HelpBy)}>
            {BYS.map((b) => (
              <option key={b} value={b}>
                {t(lang, `helpBy.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <div class="downloads">
          <button type="button" onClick={() => download("xlsx")}>
            {t(lang, "downloadXlsx")}
          </button>
          <button type="button" onClick={() => download("csv")}>
            {t(lang, "downloadCsv")}
          </button>
        </div>
      </div>
      {session.role === "province-admin" && (
        <Publication token={session.token} province={province} year={year} lang={lang} />
      )}
      {downloadError !== undefined && (
        <p role="alert" class="status error">
          {t(lang, "loadFailed", { detail: downloadError })}
        </p>
      )}
      <LoadStatus load={report} lang={lang} retry={retry} />
      {report.state === "done" && (
        <>
          <h2>{report.value.title[lang]}</h2>
          <HeadlineTotal report={report.value} lang={lang} />
          {report.value.paragraphs.map((p, i) => (
            <div key={i}>
              <h3>{t(lang, i === 0 ? "paragraphTitle" : "methodTitle")}</h3>
              <p class="paragraph">{p[lang]}</p>
            </div>
          ))}
          {report.value.sheets.map((s) => (
            <div key={s.id} class="table-wrap">
              <table class="data report">
                <caption>{s.title[lang]}</caption>
                <thead>
                  <tr>
                    {s.columns.map((c) => (
                      <th key={c.key} scope="col" class={c.kind === "text" ? "" : "num"}>
                        {c.header[lang]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.rows.map((r, i) => (
                    <tr key={i}>
                      {s.columns.map((c) => (
                        <td key={c.key} class={c.kind === "text" ? "" : "num"}>
                          {reportCellText(r[c.key], c, lang)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                {s.totals.length > 0 && (
                  <tfoot>
                    {s.totals.map((r, i) => (
                      <tr key={i}>
                        {s.columns.map((c) => (
                          <td key={c.key} class={c.kind === "text" ? "" : "num"}>
                            <strong>{reportCellText(r[c.key], c, lang)}</strong>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tfoot>
                )}
              </table>
              {s.notes.map((n, i) => (
                <p key={i} class="muted small">
                  {n[lang]}
                </p>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  )
}

/** The official total in million đồng (exact to 0,01 triệu, rounded once), with cash and in kind. */
const HeadlineTotal = (props: { readonly report: ReportJson; readonly lang: Language }) => {
  const { report, lang } = props
  const totals = helpTotals(report.sheets.find((s) => s.id === "summary")?.rows ?? [])
  if (totals === undefined) return null
  return (
    <p class="headline">
      <span class="muted">{t(lang, "helpTotal")}: </span>
      <strong class="big">{t(lang, "helpTotalValue", { value: formatMillionDong(lang, totals.value) })}</strong>{" "}
      <span>
        (
        {t(lang, "helpTotalOf", {
          cash: formatMillionDong(lang, totals.cash),
          inKind: formatMillionDong(lang, totals.inKind),
        })}
        )
      </span>
    </p>
  )
}
