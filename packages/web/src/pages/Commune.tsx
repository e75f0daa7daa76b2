/**
 * Commune page: the latest assessment's checklist (value, threshold, gap, provenance, evidence), the history with
 * "why it changed", its plans and progress, who helps it, help received and open difficulties.
 */
import { useState } from "preact/hooks"
import { loadAssessments, loadUnit } from "../api.ts"
import { ComparisonTable } from "../components/ComparisonTable.tsx"
import { DifficultiesSection } from "../components/DifficultiesSection.tsx"
import { HelpersSection } from "../components/HelpersSection.tsx"
import { LedgerSection } from "../components/LedgerSection.tsx"
import { PlansSection } from "../components/PlansSection.tsx"
import { LoadStatus } from "../components/Status.tsx"
import { type Language, t } from "../i18n/index.ts"
import { checklist, type Provenance } from "../model/checklist.ts"
import { history } from "../model/history.ts"
import type { Session } from "../session.ts"
import { useLoad } from "./useLoad.ts"

const provenanceKey = {
  "demo-fill-in": "demoFillIn",
  "operator-fill-in": "operatorFillIn",
  provisional: "provisional",
} as const

const ProvenanceBadge = (props: { readonly p: Provenance; readonly lang: Language }) =>
  props.p === "legal" || props.p === "none" ? null : (
    <span class={`badge ${props.p === "provisional" ? "warn" : "demo"}`}>{t(props.lang, provenanceKey[props.p])}</span>
  )

/** One commune: name, latest checklist, history. */
export const CommunePage = (props: {
  readonly session: Session
  readonly lang: Language
  readonly year: number
  readonly code: string
}) => {
  const { session, lang, code, year } = props
  const province = session.province ?? ""
  const [data, retry] = useLoad(async () => {
    const [unit, assessments] = await Promise.all([
      loadUnit(session.token, code, `${year}-12-31`).catch(() => undefined),
      loadAssessments(session.token, province, code),
    ])
    return { unit, assessments }
  }, [session.token, province, code, year])
  const name = data.state === "done" ? (data.value.unit?.unit.name ?? code) : code
  const rows = data.state === "done" ? history(data.value.assessments) : []
  const latest = data.state === "done" ? data.value.assessments.find((a) => a.id === rows[0]?.id) : undefined
  // The history line whose comparison with the assessment before it is open (the latest drop by default).
  const [compared, setCompared] = useState<string | undefined>(undefined)
  const open = rows.find((h) => h.id === compared) ?? (compared === undefined ? rows.find((h) => h.dropped) : undefined)
  const sections = { token: session.token, province, code, lang, year }
  return (
    <section aria-labelledby="commune-title">
      <p>
        <a href="#/communes">← {t(lang, "back")}</a>
      </p>
      <h1 id="commune-title">{t(lang, "communeTitle", { name, code })}</h1>
      <LoadStatus load={data} lang={lang} retry={retry} />
      {data.state === "done" && latest === undefined && <p>{t(lang, "noAssessment")}</p>}
      {latest !== undefined && (
        <>
          <h2>
            {t(lang, "checklist")} — {latest.year} ({latest.evaluation.summary.met}/{latest.evaluation.summary.total})
          </h2>
          {latest.provisional && <p class="note warn">{t(lang, "provisionalNote")}</p>}
          {latest.restsOnFillIn && <p class="note demo">{t(lang, "fillInNote")}</p>}
          <div class="table-wrap">
            <table class="data checklist">
              <thead>
                <tr>
                  <th scope="col">{t(lang, "colCriterion")}</th>
                  <th scope="col">{t(lang, "colValue")}</th>
                  <th scope="col">{t(lang, "colThreshold")}</th>
                  <th scope="col">{t(lang, "colGap")}</th>
                  <th scope="col">{t(lang, "colOutcome")}</th>
                  <th scope="col">{t(lang, "colSource")}</th>
                  <th scope="col">{t(lang, "colEvidence")}</th>
                </tr>
              </thead>
              {checklist(latest.evaluation, lang).map((c) => (
                <tbody key={c.criterion}>
                  <tr class="criterion">
                    <th scope="rowgroup" colSpan={4}>
                      {c.criterion}. {c.name}
                      {c.critical && <span class="badge"> {t(lang, "critical")}</span>}
                      {c.incomplete && <span class="badge warn"> {t(lang, "incomplete")}</span>}
                    </th>
                    <td class={`outcome ${c.outcome}`}>{t(lang, `outcome.${c.outcome}`)}</td>
                    <td colSpan={2}>{c.provisional && <span class="badge warn">{t(lang, "provisional")}</span>}</td>
                  </tr>
                  {c.indicators.map((i) => (
                    <tr key={i.indicator}>
                      <th scope="row" class="indicator">
                        {i.indicator} {i.name}
                      </th>
                      <td>{i.value}</td>
                      <td>{i.threshold}</td>
                      <td>{i.gap}</td>
                      <td class={`outcome ${i.outcome}`}>{t(lang, `outcome.${i.outcome}`)}</td>
                      <td>
                        <ProvenanceBadge p={i.provenance} lang={lang} />{" "}
                        {i.status !== undefined && <span class="muted">{t(lang, `status.${i.status}`)}</span>}
                        {i.source !== undefined && i.source !== "" && <span class="muted"> · {i.source}</span>}
                      </td>
                      <td class="small">{i.evidence.join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
          <h2>{t(lang, "history")}</h2>
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t(lang, "colYear")}</th>
                  <th scope="col">{t(lang, "colDate")}</th>
                  <th scope="col">{t(lang, "colTierAssessed")}</th>
                  <th scope="col">{t(lang, "colMet")}</th>
                  <th scope="col">{t(lang, "colOutcome")}</th>
                  <th scope="col">{t(lang, "colPack")}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t(lang, "compareButton")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((h) => (
                  <tr key={h.id}>
                    <td>{h.year}</td>
                    <td>{h.date}</td>
                    <td>{t(lang, `assessedTier.${h.tier}`)}</td>
                    <td class="num">
                      {h.met} / {h.total}
                      {h.change !== undefined && h.change !== 0 && (
                        <span class={h.change < 0 ? "down" : "up"}> ({h.change > 0 ? `+${h.change}` : h.change})</span>
                      )}
                    </td>
                    <td class={`outcome ${h.standard}`}>
                      {t(lang, `outcome.${h.standard}`)}
                      {h.provisional && <span class="badge warn"> {t(lang, "provisional")}</span>}
                    </td>
                    <td class="muted">{h.packId}</td>
                    <td>
                      {h.previousId !== undefined && (
                        <button type="button" aria-pressed={open?.id === h.id} onClick={() => setCompared(h.id)}>
                          {h.dropped ? t(lang, "whyDropped") : t(lang, "compareButton")}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {open?.previousId !== undefined && (
            <ComparisonTable token={session.token} lang={lang} id={open.id} earlier={open.previousId} />
          )}
        </>
      )}
      {data.state === "done" && (
        <>
          <PlansSection {...sections} />
          <HelpersSection {...sections} />
          <LedgerSection {...sections} />
          <DifficultiesSection {...sections} />
        </>
      )}
    </section>
  )
}
