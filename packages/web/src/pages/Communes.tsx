/**
 * Communes page: a sortable table of the province's xã for the chosen year, filterable by text, tier, criteria met,
 * indeterminate criteria and assigned agency.
 */
import { useMemo, useState } from "preact/hooks"
import { BoundFilter, ChoiceFilter } from "../components/Filters.tsx"
import { LoadStatus } from "../components/Status.tsx"
import { type Language, type MessageKey, t } from "../i18n/index.ts"
import { type TierStatus, tierStatuses } from "../model/communeRow.ts"
import { helpersByCommune } from "../model/helping.ts"
import { type Filter, filterRows, type SortDirection, type SortKey, sortRows } from "../model/table.ts"
import { assignmentsOf } from "../reads.ts"
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
  const [district, setDistrict] = useState<string | undefined>(undefined)
  const [minMet, setMinMet] = useState<number | undefined>(undefined)
  const [maxMet, setMaxMet] = useState<number | undefined>(undefined)
  const [indeterminate, setIndeterminate] = useState<Filter["indeterminate"]>(undefined)
  const [agency, setAgency] = useState<string | undefined>(undefined)
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: "code", direction: "asc" })
  const all = rows.state === "done" ? rows.value : []
  // Assignments load after the table (one read per commune), so the table shows first.
  const [assigned] = useLoad(
    () =>
      rows.state === "done"
        ? assignmentsOf(
            session.token,
            province,
            all.map((r) => r.code),
          ).then((list) => helpersByCommune(list, year))
        : Promise.resolve(new Map<string, Array<string>>()),
    [session.token, province, year, rows.state],
  )
  const helpers = assigned.state === "done" ? assigned.value : new Map<string, Array<string>>()
  const agencies = [...new Set([...helpers.values()].flat())].sort()
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(all, { text, tier, district, minMet, maxMet, indeterminate, agency }, (c) => helpers.get(c) ?? []),
        sort.key,
        sort.direction,
      ),
    [all, text, tier, district, minMet, maxMet, indeterminate, agency, helpers, sort],
  )
  const districts = [...new Set(all.flatMap((r) => (r.district === undefined ? [] : [r.district])))].sort()
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
            <ChoiceFilter
              label={t(lang, "filterTier")}
              allLabel={t(lang, "allTiers")}
              value={tier}
              options={tierStatuses.map((s) => [s, t(lang, `tier.${s}`)] as const)}
              onChange={setTier}
            />
            {districts.length > 0 && (
              <ChoiceFilter
                label={t(lang, "filterDistrict")}
                allLabel={t(lang, "allTiers")}
                value={district}
                options={districts.map((d) => [d, d] as const)}
                onChange={setDistrict}
              />
            )}
            <BoundFilter label={t(lang, "filterMetMin")} value={minMet} max={19} onChange={setMinMet} />
            <BoundFilter label={t(lang, "filterMetMax")} value={maxMet} max={19} onChange={setMaxMet} />
            <ChoiceFilter
              label={t(lang, "filterIndeterminate")}
              allLabel={t(lang, "allTiers")}
              value={indeterminate}
              options={[
                ["some", t(lang, "indeterminate.some")],
                ["none", t(lang, "indeterminate.none")],
              ]}
              onChange={setIndeterminate}
            />
            <ChoiceFilter
              label={t(lang, "filterAgency")}
              allLabel={t(lang, "allTiers")}
              value={agency}
              options={agencies.map((a) => [a, a] as const)}
              onChange={setAgency}
              disabled={assigned.state !== "done"}
            />
          </div>
          {assigned.state === "loading" && <p class="muted small">{t(lang, "agenciesLoading")}</p>}
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
                  <th scope="col">{t(lang, "colAgency")}</th>
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
                    <td>{assigned.state === "done" ? (helpers.get(r.code) ?? []).join(", ") : "…"}</td>
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
