/** The year's results rolled up by district (units of the year) or by today's commune or ward (after 2025). */
import { type Language, t } from "../i18n/index.ts"
import type { CommuneRow } from "../model/communeRow.ts"
import {
  countStandings,
  districtGroup,
  type RolledUp,
  rollUpRows,
  type Successor,
  successorGroup,
} from "../model/structure.ts"
import { Bars } from "./Bars.tsx"

const standingTone = { "all-met": "good", "some-met": "warn", "none-met": "bad", unknown: "neutral" } as const

/**
 * The roll-up table: one row per group with its communes, those meeting the standard, and (today's structure)
 * how the merged communes stood. Communes that cannot be placed are listed, never dropped.
 */
export const StructureView = (props: {
  readonly lang: Language
  readonly year: number
  readonly rows: ReadonlyArray<CommuneRow>
  /** Today's structure: each commune's successors and the date; absent for the structure of the year. */
  readonly today?: { readonly date: string; readonly successors: ReadonlyMap<string, ReadonlyArray<Successor>> }
}) => {
  const { lang, year, rows, today } = props
  const rolled: RolledUp = rollUpRows(rows, today === undefined ? districtGroup : successorGroup(today.successors))
  const caption = today === undefined ? t(lang, "byDistrict", { year }) : t(lang, "byToday", { year, date: today.date })
  return (
    <>
      {today !== undefined && (
        <>
          <Bars
            caption={t(lang, "standingChart")}
            labelHeader={t(lang, "colStanding")}
            valueHeader={t(lang, "colUnitToday")}
            max={Math.max(1, rolled.groups.length)}
            bars={countStandings(rolled.groups).map((s) => ({
              label: t(lang, `standing.${s.key}`),
              value: s.count,
              text: String(s.count),
              tone: standingTone[s.key],
            }))}
          />
          <p class="note">{t(lang, "standingNote")}</p>
        </>
      )}
      <div class="table-wrap">
        <table class="data structure">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, today === undefined ? "colDistrict" : "colUnitToday")}</th>
              <th scope="col" class="num">
                {t(lang, today === undefined ? "colCommunes" : "colMembers")}
              </th>
              <th scope="col" class="num">
                {t(lang, "colMetStandard")}
              </th>
              <th scope="col" class="num">
                {t(lang, "tier.none")}
              </th>
              <th scope="col" class="num">
                {t(lang, "tier.indeterminate")}
              </th>
              <th scope="col" class="num">
                {t(lang, "tier.unassessed")}
              </th>
              {today !== undefined && <th scope="col">{t(lang, "colStanding")}</th>}
            </tr>
          </thead>
          <tbody>
            {rolled.groups.map((g) => (
              <tr key={g.code}>
                <th scope="row">
                  {g.name}
                  {today !== undefined && <span class="muted"> ({g.code})</span>}
                </th>
                <td class="num">{g.members.length}</td>
                <td class="num">{g.met}</td>
                <td class="num">{g.byTier.none}</td>
                <td class="num">{g.byTier.indeterminate}</td>
                <td class="num">{g.byTier.unassessed + g.byTier.unreadable}</td>
                {today !== undefined && <td>{t(lang, `standing.${g.standing}`)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rolled.unplaced.length > 0 && (
        <p class="muted small">
          {t(lang, "unplaced", { count: rolled.unplaced.length, codes: rolled.unplaced.map((r) => r.code).join(", ") })}
        </p>
      )}
    </>
  )
}
