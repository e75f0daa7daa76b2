/** Submit an assessment (nộp kết quả tự đánh giá): the commune's value per indicator of the chosen pack. */
import { UnitCode } from "@ntm/core"
import type { Pack } from "@ntm/core/criteria"
import { useState } from "preact/hooks"
import { run } from "../../api.ts"
import { LoadStatus } from "../../components/Status.tsx"
import {
  assessmentFieldOf,
  assessmentRequest,
  emptyAssessment,
  type IndicatorInput,
  indicatorsOf,
  mandatoryKey,
  valueKey,
} from "../../forms/assessment.ts"
import { binder, EntryFormShell, SelectField, TextField } from "../../forms/Fields.tsx"
import { save } from "../../forms/save.ts"
import { t } from "../../forms/t.ts"
import { useForm } from "../../forms/useForm.ts"
import type { Language } from "../../i18n/index.ts"
import { vietnamDay } from "../../model/assigned.ts"
import type { Session } from "../../session.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

interface PackChoice {
  readonly id: string
  readonly title: { readonly vi: string; readonly en: string }
  readonly level: string
  readonly tier: string
  readonly effectiveFrom?: string
  readonly effectiveTo?: string
}

/** The commune-level packs, the one in force on `day` for the NTM tier first. */
const communePacks = (items: ReadonlyArray<PackChoice>, day: string): Array<PackChoice> => {
  const inForce = (p: PackChoice) =>
    (p.effectiveFrom === undefined || p.effectiveFrom <= day) && (p.effectiveTo === undefined || day < p.effectiveTo)
  const rank = (p: PackChoice) => (inForce(p) ? 0 : 2) + (p.tier === "ntm" ? 0 : 1)
  return items.filter((p) => p.level === "commune").sort((a, b) => rank(a) - rank(b))
}

const ValuesForm = (props: {
  readonly session: Session
  readonly lang: Language
  readonly packId: string
  readonly indicators: ReadonlyArray<IndicatorInput>
  readonly year: number
  readonly day: string
}) => {
  const { session, lang, indicators, packId } = props
  const commune = session.unit ?? ""
  const form = useForm({
    name: `assessment.${commune}.${packId}`,
    initial: emptyAssessment(indicators, String(props.year), props.day),
    check: (s: Record<string, string>) => assessmentRequest(s, indicators, packId),
    target: `POST assessments ${commune}`,
    send: (payload, key) =>
      save(session.token, (c) =>
        c.assessments.submit({
          params: { province: session.province ?? "", commune: UnitCode.unitCode(commune) },
          payload,
          headers: { "idempotency-key": key },
        }),
      ),
    fieldOf: (path) => assessmentFieldOf(path),
  })
  const b = binder("assessment", lang, form)
  const criteria = [...new Map(indicators.map((i) => [i.criterion, i.criterionName])).entries()]
  const yesNo = (yes: string, no: string): ReadonlyArray<readonly [string, string]> => [
    ["", t(lang, "s.unknown")],
    ["true", yes],
    ["false", no],
  ]
  return (
    <EntryFormShell
      lang={lang}
      form={form}
      saved={() => t(lang, "s.saved")}
      after={form.status.kind === "saved" && <a href={`#/communes/${commune}`}>{commune}</a>}
    >
      <TextField {...b.text("year")} label={t(lang, "s.year")} inputMode="numeric" />
      <TextField {...b.text("date")} label={t(lang, "s.date")} type="date" />
      <p class="wide muted">{t(lang, "s.blank")}</p>
      {criteria.map(([criterion, name]) => (
        <fieldset key={criterion} class="group">
          <legend>
            {criterion}. {name[lang]}
          </legend>
          {indicators
            .filter((i) => i.criterion === criterion)
            .map((i) => {
              const label = `${i.code} — ${i.name[lang]}${i.unit === undefined ? "" : ` (${i.unit})`}`
              const key = valueKey(i.code)
              return i.kind === "pass-fail" ? (
                <SelectField
                  key={key}
                  {...b.select(key)}
                  label={label}
                  options={yesNo(t(lang, "s.passed"), t(lang, "s.notPassed"))}
                />
              ) : i.kind === "min-score" ? (
                <div key={key} class="score">
                  <TextField {...b.text(key)} label={`${label} — ${t(lang, "s.points")}`} inputMode="decimal" />
                  <SelectField
                    {...b.select(mandatoryKey(i.code))}
                    label={t(lang, "s.mandatory")}
                    options={yesNo(t(lang, "yes"), t(lang, "no"))}
                  />
                </div>
              ) : (
                <TextField
                  key={key}
                  {...b.text(key)}
                  label={label}
                  inputMode={i.kind === "min-amount" ? "numeric" : "decimal"}
                />
              )
            })}
        </fieldset>
      ))}
    </EntryFormShell>
  )
}

/** The assessment form of the signed-in commune official: pick a pack, then fill its indicators. */
export const AssessmentEntry = (props: EntryProps) => {
  const { session, lang } = props
  const today = vietnamDay(Date.now())
  const [packs, retryPacks] = useLoad(
    () => run(session.token, (c) => c.criteria.listPacks()).then((r) => communePacks(r.items, today)),
    [session.token],
  )
  const [chosen, setChosen] = useState("")
  const packId = chosen !== "" ? chosen : packs.state === "done" ? (packs.value[0]?.id ?? "") : ""
  const [pack, retryPack] = useLoad(
    () =>
      packId === ""
        ? Promise.resolve([])
        : run(session.token, (c) => c.criteria.getPack({ params: { id: packId } })).then((p) =>
            indicatorsOf(p as Pack),
          ),
    [session.token, packId],
  )
  return (
    <>
      <LoadStatus load={packs} lang={lang} retry={retryPacks} />
      {packs.state === "done" && (
        <div class="filters">
          <label>
            {t(lang, "s.pack")}
            <select value={packId} onChange={(e) => setChosen(e.currentTarget.value)}>
              {packs.value.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title[lang]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <LoadStatus load={pack} lang={lang} retry={retryPack} />
      {pack.state === "done" && pack.value.length > 0 && (
        <ValuesForm
          key={packId}
          session={session}
          lang={lang}
          packId={packId}
          indicators={pack.value}
          year={props.year}
          day={today}
        />
      )}
    </>
  )
}
