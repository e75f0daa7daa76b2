/** The commune page's "who helps it" section: the assignment history, those in force in the year first. */
import { type MessageKey, t } from "../i18n/index.ts"
import { inForceIn } from "../model/helping.ts"
import { useLoad } from "../pages/useLoad.ts"
import { communeAssignments } from "../reads.ts"
import { LoadStatus } from "./Status.tsx"
import type { SectionProps } from "./sectionProps.ts"

/** The commune's assignment history, those in force in the year first. */
export const HelpersSection = (props: SectionProps) => {
  const { token, province, code, lang, year } = props
  const [load, retry] = useLoad(() => communeAssignments(token, province, code), [token, province, code])
  const items =
    load.state === "done"
      ? [...load.value].sort(
          (a, b) => Number(inForceIn(b, year)) - Number(inForceIn(a, year)) || a.from.localeCompare(b.from),
        )
      : []
  return (
    <section aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t(lang, "helpersTitle")}</h2>
      <LoadStatus load={load} lang={lang} retry={retry} />
      {load.state === "done" && items.length === 0 && <p>{t(lang, "noHelpers")}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t(lang, "colHelper")}</th>
                <th scope="col">{t(lang, "colRole")}</th>
                <th scope="col">{t(lang, "colPeriod")}</th>
                <th scope="col">{t(lang, "colBasis")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} class={inForceIn(a, year) ? "" : "muted"}>
                  <th scope="row">
                    {a.helper}
                    {a.representative !== undefined && <span class="muted"> · {a.representative}</span>}
                  </th>
                  <td>{t(lang, `assignmentRole.${a.role}` as MessageKey)}</td>
                  <td>
                    {a.from} – {a.to ?? t(lang, "ongoing")}
                  </td>
                  <td>
                    {a.legalBasis}
                    {a.endReason !== undefined && <span class="muted"> · {a.endReason}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
