/** "Why it dropped": a comparison of an assessment with the one before it, loaded on demand. */
import { LoadStatus } from "../components/Status.tsx"
import { type Language, t } from "../i18n/index.ts"
import { comparisonView } from "../model/compare.ts"
import { useLoad } from "../pages/useLoad.ts"
import { compareAssessments } from "../reads.ts"

/** The dropped criteria and every changed indicator (outcome, value, threshold, cause) between two assessments. */
export const ComparisonTable = (props: {
  readonly token: string
  readonly lang: Language
  readonly id: string
  readonly earlier: string
}) => {
  const { token, lang, id, earlier } = props
  const [load, retry] = useLoad(() => compareAssessments(token, id, earlier), [token, id, earlier])
  if (load.state !== "done") return <LoadStatus load={load} lang={lang} retry={retry} />
  const v = comparisonView(load.value.comparison, lang)
  return (
    <div class="comparison">
      <h3>
        {t(lang, "compareTitle", {
          before: `${v.packBefore} (${v.yearBefore})`,
          after: `${v.packAfter} (${v.yearAfter})`,
        })}
      </h3>
      {!v.sameFamily && <p class="note">{t(lang, "otherFamily")}</p>}
      <p>
        <strong>
          {v.dropped.length === 0 ? t(lang, "noneDropped") : t(lang, "droppedCriteria", { list: v.dropped.join(", ") })}
        </strong>
      </p>
      {v.lines.length === 0 ? (
        <p>{t(lang, "noChanges")}</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t(lang, "colIndicator")}</th>
                <th scope="col">{t(lang, "colChange")}</th>
                <th scope="col">{t(lang, "colValueChange")}</th>
                <th scope="col">{t(lang, "colThresholdChange")}</th>
                <th scope="col">{t(lang, "colCause")}</th>
              </tr>
            </thead>
            <tbody>
              {v.lines.map((l) => (
                <tr key={l.indicator} class={l.dropped ? "dropped" : ""}>
                  <th scope="row">
                    {l.criterion} · {l.indicator}
                  </th>
                  <td>
                    {l.before} → {l.after}
                  </td>
                  <td>
                    {l.valueBefore} → {l.valueAfter}
                  </td>
                  <td>
                    {l.thresholdBefore} → {l.thresholdAfter}
                  </td>
                  <td>{l.causes.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
