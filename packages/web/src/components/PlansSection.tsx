/** The commune page's plans section: each plan with its progress and the state of every planned item. */
import { type MessageKey, t } from "../i18n/index.ts"
import { useLoad } from "../pages/useLoad.ts"
import { communePlans } from "../reads.ts"
import { LoadStatus } from "./Status.tsx"
import type { SectionProps } from "./sectionProps.ts"

/** The commune's plans, each with the state of every planned criterion. */
export const PlansSection = (props: SectionProps) => {
  const { token, province, code, lang } = props
  const [load, retry] = useLoad(() => communePlans(token, province, code), [token, province, code])
  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t(lang, "plansTitle")}</h2>
      <LoadStatus load={load} lang={lang} retry={retry} />
      {load.state === "done" && load.value.length === 0 && <p>{t(lang, "noPlans")}</p>}
      {load.state === "done" &&
        load.value.map(({ plan, progress }) => (
          <div key={plan.id} class="plan">
            <p>
              <strong>{t(lang, "planLine", { year: plan.year, met: progress.met, planned: progress.planned })}</strong>
              {" — "}
              {progress.assessmentYear === undefined
                ? t(lang, "planNotAssessed")
                : t(lang, "planAssessment", { year: progress.assessmentYear })}
              {plan.targetTier !== undefined && (
                <> · {t(lang, "planTier", { tier: t(lang, `assessedTier.${plan.targetTier}` as MessageKey) })}</>
              )}
            </p>
            {progress.notice !== undefined && <p class="note demo">{progress.notice[lang]}</p>}
            {progress.samePack === false && <p class="note">{t(lang, "planOtherPack")}</p>}
            {progress.lost.length > 0 && <p class="down">{t(lang, "planLost", { list: progress.lost.join(", ") })}</p>}
            {progress.percentMet !== undefined && (
              <div class="bar-track" aria-hidden="true">
                <span class="bar-fill tone-good" style={{ width: `${Math.min(100, progress.percentMet)}%` }} />
              </div>
            )}
            <div class="table-wrap">
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t(lang, "colCriterion")}</th>
                    <th scope="col">{t(lang, "colIntent")}</th>
                    <th scope="col">{t(lang, "colState")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...progress.criteria, ...progress.indicators].map((i) => (
                    <tr key={i.key}>
                      <th scope="row">{i.key}</th>
                      <td>{t(lang, `intent.${i.intent}`)}</td>
                      <td class={i.state === "met" ? "outcome pass" : i.state === "not-met" ? "outcome fail" : ""}>
                        {t(lang, `itemState.${i.state}`)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
    </section>
  )
}
