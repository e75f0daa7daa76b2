/** The commune page's open difficulties and proposals, overdue ones flagged in words. */
import { IsoDate } from "@ntm/core"
import { type MessageKey, t } from "../i18n/index.ts"
import { openDifficulties } from "../model/helping.ts"
import { useLoad } from "../pages/useLoad.ts"
import { communeDifficulties } from "../reads.ts"
import { LoadStatus } from "./Status.tsx"
import type { SectionProps } from "./sectionProps.ts"

/** Difficulties and proposals not yet resolved or rejected, overdue ones flagged in words. */
export const DifficultiesSection = (props: SectionProps) => {
  const { token, province, code, lang, year } = props
  const [load, retry] = useLoad(() => communeDifficulties(token, province, code), [token, province, code])
  const open = load.state === "done" ? openDifficulties(load.value, IsoDate.isoDate(`${year}-12-31`)) : []
  return (
    <section aria-labelledby="difficulties-title">
      <h2 id="difficulties-title">{t(lang, "difficultiesTitle")}</h2>
      <LoadStatus load={load} lang={lang} retry={retry} />
      {load.state === "done" && open.length === 0 && <p>{t(lang, "noDifficulties")}</p>}
      {open.length > 0 && (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t(lang, "colRaised")}</th>
                <th scope="col">{t(lang, "colSummary")}</th>
                <th scope="col">{t(lang, "colAddressed")}</th>
                <th scope="col">{t(lang, "colDue")}</th>
                <th scope="col">{t(lang, "colStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {open.map(({ item, status, overdue }) => (
                <tr key={item.id}>
                  <td>{item.raisedOn}</td>
                  <th scope="row">
                    <span class="badge">{t(lang, `difficultyCategory.${item.category}`)}</span> {item.summary}
                  </th>
                  <td>
                    {t(lang, `level.${item.addressedTo.level}` as MessageKey)}
                    {item.addressedTo.agency !== undefined && <span class="muted"> · {item.addressedTo.agency}</span>}
                  </td>
                  <td>
                    {item.dueOn ?? "—"}
                    {overdue && <span class="badge warn"> {t(lang, "overdue")}</span>}
                  </td>
                  <td>{t(lang, `difficultyStatus.${status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
