/** Communes page: a sortable, filterable table of the province's xã for the chosen year. */
import { useMemo, useState } from "preact/hooks"
import { LoadStatus } from "../components/Status.tsx"
import { type Language, type MessageKey, t } from "../i18n/index.ts"
import { type TierStatus, tierStatuses } from "../model/communeRow.ts"
import { filterRows, type SortDirection, type SortKey, sortRows } from "../model/table.ts"
import type { Session } from "../session.ts"
import { provinceRows } from "./provinceRows.ts"
import { useLoad } from "./useLoad.ts"

const columns: ReadonlyArray<readonly [SortKey, MessageKey]> = [
  ["code", "colCode"],
  ["name", "colCommune"],
  ["district", "colDistrict"],
  ["tier", "colTier"],
  ["met", "colMet"],
  ["indeterminate", "colIndeterminate"],
]

/** The communes table of the signed-in user's province for `year`. */
export const CommunesPage = (props: { readonly session: Session; readonly lang: Language; readonly year: number }) => {
  const { session, lang, year } = props
  const province = session.province ?? ""
  const [rows, retry] = useLoad(() => provinceRows(session.token, province, year), [session.token, province, year])
  const [text, setText] = useState("")
  const [tier, setTier] = useState<TierStatus | undefined>(undefined)
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: "code", direction: "asc" })
  const all = rows.state === "done" ? rows.value : []
  const shown = useMemo(
    () => sortRows(filterRows(all, { text, tier }), sort.key, sort.direction),
    [all, text, tier, sort],
  )
  const toggle = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === "asc" ? "desc" : "asc" }))
  return (
    <section aria-labelledby="communes-title">
      <h1 id="communes-title">{t(lang, "communesTitle")}</h1>
      <LoadStatus load={rows} lang={lang} retry={retry} />
      {rows.state === "done" && (
        <>
          <div class="filters">
            <label>
              {t(lang, "filterText")}
              <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
            </label>
            <label>
              {t(lang, "filterTier")}
              <select
                value={tier ?? ""}
                onChange={(e) => {
                  const v = e.currentTarget.value
                  setTier(v === "" ? undefined : (v as TierStatus))
                }}
              >
                <option value="">{t(lang, "allTiers")}</option>
                {tierStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(lang, `tier.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p role="status">{t(lang, "rowsShown", { shown: shown.length, total: all.length })}</p>
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  {columns.map(([key, label]) => (
                    <th
                      key={key}
                      scope="col"
                      aria-sort={sort.key === key ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
                    >
                      <button
                        type="button"
                        onClick={() => toggle(key)}
                        title={t(lang, "sortBy", { column: t(lang, label) })}
                      >
                        {t(lang, label)}
                        <span aria-hidden="true">
                          {sort.key === key ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.code}>
                    <td>{r.code}</td>
                    <td>
                      <a href={`#/communes/${r.code}`}>{r.name}</a>
                    </td>
                    <td>{r.district ?? ""}</td>
                    <td>
                      {r.error === undefined ? (
                        t(lang, `tier.${r.tier}`)
                      ) : (
                        <span title={r.error}>{t(lang, `tier.${r.tier}`)}</span>
                      )}
                      {r.provisional && <span class="badge warn"> {t(lang, "provisional")}</span>}
                      {r.restsOnFillIn && <span class="badge demo"> {t(lang, "demoFillIn")}</span>}
                    </td>
                    <td class="num">{r.met === undefined ? "—" : `${r.met} / ${r.total ?? "?"}`}</td>
                    <td class="num">{r.indeterminate ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
