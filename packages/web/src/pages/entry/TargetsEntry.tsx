/** Province targets (mục tiêu của tỉnh) for the province admin: communes at a tier by the end of a year. */
import { run } from "../../api.ts"
import { LoadStatus } from "../../components/Status.tsx"
import { binder, EntryFormShell, SelectField, TextField } from "../../forms/Fields.tsx"
import { save } from "../../forms/save.ts"
import { t } from "../../forms/t.ts"
import { emptyTarget, type TargetForm, targetFieldOf, targetRequest } from "../../forms/target.ts"
import { useForm } from "../../forms/useForm.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

/** The targets page of the province admin. */
export const TargetsEntry = (props: EntryProps) => {
  const { session, lang } = props
  const province = session.province ?? ""
  const [targets, retry] = useLoad(
    () =>
      run(session.token, (c) => c.plans.listTargets({ params: { province }, query: { limit: 100 } })).then(
        (p) => p.items,
      ),
    [session.token],
  )
  const initial = emptyTarget(province, String(props.year))
  const form = useForm({
    name: `target.${province}`,
    initial,
    check: (s: TargetForm) => targetRequest(s),
    target: "POST targets",
    send: (payload, key) =>
      save(session.token, (c) =>
        c.plans.createTarget({ params: { province }, payload, headers: { "idempotency-key": key } }),
      ),
    fieldOf: (path) => targetFieldOf(path),
    after: () => {
      retry()
      return initial
    },
  })
  const b = binder("target", lang, form)
  return (
    <>
      <EntryFormShell lang={lang} form={form} saved={() => t(lang, "form.saved")}>
        <TextField {...b.text("titleVi")} label={t(lang, "t.titleVi")} />
        <TextField {...b.text("titleEn")} label={t(lang, "t.titleEn")} />
        <TextField {...b.text("scope")} label={t(lang, "t.scope")} inputMode="numeric" />
        <SelectField
          {...b.select("tier")}
          label={t(lang, "t.tier")}
          options={(["ntm", "advanced", "model"] as const).map((x) => [x, t(lang, `tier.${x}`)])}
        />
        <TextField {...b.text("year")} label={t(lang, "t.periodEnd")} inputMode="numeric" />
        <TextField {...b.text("value")} label={t(lang, "t.value")} inputMode="numeric" />
        <TextField {...b.text("source")} label={t(lang, "t.source")} />
      </EntryFormShell>
      <h2>{t(lang, "t.existing")}</h2>
      <LoadStatus load={targets} lang={lang} retry={retry} />
      {targets.state === "done" && (
        <ul>
          {targets.value.map((x) => (
            <li key={x.id}>
              {x.title[lang]} ({x.scope})
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
