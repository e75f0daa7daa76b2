/** The communes that lost the standard since the year before, each linked to its page (where "why" is shown). */
import { type Language, t } from "../i18n/index.ts"
import type { LostStandard } from "../model/lost.ts"

/** A table of the communes whose tier went down, or a sentence saying there are none. */
export const LostList = (props: {
  readonly lang: Language
  readonly year: number
  readonly lost: ReadonlyArray<LostStandard>
}) => {
  const { lang, year, lost } = props
  if (lost.length === 0) return <p>{t(lang, "lostNone")}</p>
  return (
    <div class="table-wrap">
      <table class="data lost">
        <caption class="visually-hidden">{t(lang, "lostTitle", { previous: year - 1 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "colCommune")}</th>
            <th scope="col">{t(lang, "colBefore", { year: year - 1 })}</th>
            <th scope="col">{t(lang, "colBefore", { year })}</th>
            <th scope="col" class="num">
              {t(lang, "colMet")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lost.map((l) => (
            <tr key={l.code}>
              <th scope="row">
                <a href={`#/communes/${l.code}`}>{l.name}</a> <span class="muted">({l.code})</span>
              </th>
              <td>{t(lang, `tier.${l.before}`)}</td>
              <td class="outcome fail">{t(lang, `tier.${l.after}`)}</td>
              <td class="num">
                {l.metBefore ?? "—"} → {l.metAfter ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
