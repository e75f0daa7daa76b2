/**
 * Province overview page: communes by tier and by criteria band, per-criterion attainment, the structure switch
 * (districts of the year or today's communes), communes that lost the standard, target progress.
 */
import { useState } from "preact/hooks"
import { loadTargets } from "../api.ts"
import { Bars } from "../components/Bars.tsx"
import { LostList } from "../components/LostList.tsx"
import { LoadStatus } from "../components/Status.tsx"
import { StructureView } from "../components/StructureView.tsx"
import { formatNumber, formatShare, type Language, t } from "../i18n/index.ts"
import { lostStandard } from "../model/lost.ts"
import { overview } from "../model/overview.ts"
import type { Structure } from "../model/structure.ts"
import { incompleteCoverage, targetLines } from "../model/targets.ts"
import { successorsOf } from "../reads.ts"
import type { Session } from "../session.ts"
import { provinceYears } from "./provinceRows.ts"
import { useLoad } from "./useLoad.ts"

/** Today, for the post-2025 structure (the browser's clock; the registry answers for any date). */
const today = (): string => new Date().toISOString().slice(0, 10)

const tone = {
  model: "good",
  advanced: "good",
  ntm: "good",
  none: "bad",
  indeterminate: "warn",
  unassessed: "neutral",
  unreadable: "warn",
} as const

/** The overview of the signed-in user's province for `year`. */
export const OverviewPage = (props: { readonly session: Session; readonly lang: Language; readonly year: number }) => {
  const { session, lang, year } = props
  const province = session.province ?? ""
  const [years, retry] = useLoad(() => provinceYears(session.token, province, year), [session.token, province, year])
  const [targets, retryTargets] = useLoad(() => loadTargets(session.token, province), [session.token, province])
  const [structure, setStructure] = useState<Structure>("districts")
  const date = today()
  const codes = years.state === "done" ? years.value.rows.map((r) => r.code) : []
  const [successors, retrySuccessors] = useLoad(
    () =>
      structure === "today" && codes.length > 0
        ? successorsOf(session.token, codes, `${year}-12-31`, date)
        : Promise.resolve(undefined),
    [session.token, structure, year, codes.length, date],
  )
  const rows = years.state === "done" ? { state: "done" as const, value: years.value.rows } : years
  const o = rows.state === "done" ? overview(rows.value) : undefined
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t(lang, "overviewTitle", { province })}</h1>
      <LoadStatus load={rows} lang={lang} retry={retry} />
      {o !== undefined && (
        <>
          <p class="lead">
            {t(lang, "communesAssessed", { assessed: o.assessed, total: o.communes, year })}
            {o.averageMet !== undefined && <> · {t(lang, "averageMet", { value: formatNumber(lang, o.averageMet) })}</>}
          </p>
          <div class="grid">
            <Bars
              caption={t(lang, "byTier")}
              labelHeader={t(lang, "colTier")}
              valueHeader={t(lang, "colCommune")}
              max={o.communes}
              bars={o.byTier.map((c) => ({
                label: t(lang, `tier.${c.key}`),
                value: c.count,
                text: String(c.count),
                tone: tone[c.key],
              }))}
            />
            <Bars
              caption={t(lang, "byBand")}
              labelHeader={t(lang, "colMet")}
              valueHeader={t(lang, "colCommune")}
              max={Math.max(1, o.assessed)}
              bars={o.byBand.map((b) => ({
                label: b.label === undefined ? "?" : b.label[lang],
                value: b.count,
                text: String(b.count),
              }))}
            />
          </div>
          {o.perCriterion.length > 0 && (
            <Bars
              caption={t(lang, "perCriterion")}
              labelHeader={t(lang, "colCriterion")}
              valueHeader={t(lang, "colMet")}
              max={1}
              bars={o.perCriterion.map((c) => ({
                label: `${c.criterion}. ${c.name[lang]}`,
                value: c.of === 0 ? 0 : c.met / c.of,
                text: `${c.met} / ${c.of} (${formatShare(lang, c.of === 0 ? 0 : c.met / c.of)})`,
                tone: "good",
              }))}
            />
          )}
          <h2 id="structure-title">{t(lang, "structure")}</h2>
          <fieldset class="switch">
            <legend class="visually-hidden">{t(lang, "structure")}</legend>
            {(["districts", "today"] as const).map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="structure"
                  value={s}
                  checked={structure === s}
                  onChange={() => setStructure(s)}
                />{" "}
                {t(lang, `structure.${s}`, { year })}
              </label>
            ))}
          </fieldset>
          {structure === "districts" || years.state !== "done" ? (
            years.state === "done" && <StructureView lang={lang} year={year} rows={years.value.rows} />
          ) : (
            <>
              <LoadStatus load={successors} lang={lang} retry={retrySuccessors} />
              {successors.state === "done" && successors.value !== undefined && (
                <StructureView
                  lang={lang}
                  year={year}
                  rows={years.value.rows}
                  today={{ date, successors: successors.value }}
                />
              )}
            </>
          )}
          {years.state === "done" && (
            <>
              <h2>{t(lang, "lostTitle", { previous: year - 1 })}</h2>
              <LostList lang={lang} year={year} lost={lostStandard(years.value.previous, years.value.rows)} />
            </>
          )}
        </>
      )}
      <h2>{t(lang, "targets")}</h2>
      <LoadStatus load={targets} lang={lang} retry={retryTargets} />
      {targets.state === "done" &&
        (targets.value.length === 0 ? (
          <p>{t(lang, "noTargets")}</p>
        ) : (
          targets.value.map(({ target, progress }) => {
            const lines = targetLines(target, progress, lang)
            return (
              <div key={target.id} class="target">
                {lines.unavailable !== undefined ? (
                  <>
                    <h3>{target.title[lang]}</h3>
                    <p class="muted">{t(lang, "targetUnavailable", { reason: lines.unavailable })}</p>
                  </>
                ) : (
                  <Bars
                    caption={target.title[lang]}
                    labelHeader={t(lang, "year")}
                    valueHeader={t(lang, "targets")}
                    max={100}
                    bars={lines.periods.map((p) => ({
                      label: p.label,
                      value: p.percent ?? 0,
                      text: p.text,
                      tone: p.achieved ? "good" : "warn",
                    }))}
                  />
                )}
                {incompleteCoverage(progress) !== undefined && (
                  <p class="muted small">{t(lang, "coverageNote", { list: incompleteCoverage(progress) ?? "" })}</p>
                )}
              </div>
            )
          })
        ))}
    </section>
  )
}
