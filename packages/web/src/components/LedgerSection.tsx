/** The commune page's "help received" section: the year's totals by status and the lines with their evidence. */
import { BigDecimal } from "effect"
import { formatDong, formatMillionDong, t } from "../i18n/index.ts"
import { localDecimal } from "../model/report.ts"
import { useLoad } from "../pages/useLoad.ts"
import { communeLedger } from "../reads.ts"
import { LoadStatus } from "./Status.tsx"
import type { SectionProps } from "./sectionProps.ts"

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
