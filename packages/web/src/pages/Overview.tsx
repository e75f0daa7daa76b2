/** Province overview page: communes by tier and by criteria band, per-criterion attainment, target progress. */
import { loadTargets } from "../api.ts"
import { Bars } from "../components/Bars.tsx"
import { LoadStatus } from "../components/Status.tsx"
import { formatNumber, formatShare, type Language, t } from "../i18n/index.ts"
import { overview } from "../model/overview.ts"
import { targetLines } from "../model/targets.ts"
import type { Session } from "../session.ts"
import { provinceRows } from "./provinceRows.ts"
import { useLoad } from "./useLoad.ts"

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
  const [rows, retry] = useLoad(() => provinceRows(session.token, province, year), [session.token, province, year])
  const [targets, retryTargets] = useLoad(() => loadTargets(session.token, province), [session.token, province])
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
              </div>
            )
          })
        ))}
    </section>
  )
}
