/** The commune page's further sections: its plans and progress, who helps it, help received, open difficulties. */
import { IsoDate } from "@ntm/core"
import { BigDecimal } from "effect"
import { formatDong, formatMillionDong, type Language, type MessageKey, t } from "../i18n/index.ts"
import { inForceIn, openDifficulties } from "../model/helping.ts"
import { localDecimal } from "../model/report.ts"
import { useLoad } from "../pages/useLoad.ts"
import { communeAssignments, communeDifficulties, communeLedger, communePlans } from "../reads.ts"
import { LoadStatus } from "./Status.tsx"

/** What every section reads: the token, the province, the commune, the language and the year. */
export interface SectionProps {
  readonly token: string
  readonly province: string
  readonly code: string
  readonly lang: Language
  readonly year: number
}

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

const ledgerKeys = ["official", "declaredUnconfirmed", "pledged", "rejected"] as const

/** Help received in the year: official (confirmed) beside unconfirmed, pledged and rejected, then the lines. */
export const LedgerSection = (props: SectionProps) => {
  const { token, province, code, lang, year } = props
  const [load, retry] = useLoad(() => communeLedger(token, province, code, year), [token, province, code, year])
  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t(lang, "contributionsTitle", { year })}</h2>
      <LoadStatus load={load} lang={lang} retry={retry} />
      {load.state === "done" && (
        <>
          <dl class="totals">
            {ledgerKeys.map((k) => (
              <div key={k}>
                <dt>{t(lang, `ledger.${k}`)}</dt>
                <dd>
                  {t(lang, "ledgerLine", {
                    value: formatMillionDong(lang, BigInt(load.value.totals[k].value)),
                    lines: load.value.totals[k].lines,
                  })}
                </dd>
              </div>
            ))}
          </dl>
          {load.value.lines.length === 0 ? (
            <p>{t(lang, "noContributions")}</p>
          ) : (
            <div class="table-wrap">
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t(lang, "colDate")}</th>
                    <th scope="col">{t(lang, "colProvider")}</th>
                    <th scope="col">{t(lang, "colItem")}</th>
                    <th scope="col" class="num">
                      {t(lang, "colQuantity")}
                    </th>
                    <th scope="col" class="num">
                      {t(lang, "colValueDong")}
                    </th>
                    <th scope="col">{t(lang, "colStatus")}</th>
                    <th scope="col">{t(lang, "colEvidence")}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.value.lines.map((l) => (
                    <tr key={l.id}>
                      <td>{l.date}</td>
                      <td>{l.provider.name}</td>
                      <td>{l.item}</td>
                      <td class="num">
                        {localDecimal(lang, BigDecimal.format(l.quantity))} {l.unit}
                      </td>
                      <td class="num">{l.value === undefined ? "—" : formatDong(lang, l.value)}</td>
                      <td
                        class={
                          l.status === "confirmed" ? "outcome pass" : l.status === "rejected" ? "outcome fail" : ""
                        }
                      >
                        {t(lang, `lineStatus.${l.status}`)}
                      </td>
                      <td class="small">{l.evidence.map((e) => e.ref).join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {load.value.more && <p class="muted small">{t(lang, "moreLines", { shown: load.value.lines.length })}</p>}
        </>
      )}
    </section>
  )
}

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
