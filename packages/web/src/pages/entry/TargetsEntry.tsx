/** Province targets (mục tiêu của tỉnh) for the province admin: communes at a tier by the end of a year. */
import { run } from "../../api.ts"
import { LoadStatus } from "../../components/Status.tsx"
import { FormErrors, SaveStatus, SelectField, TextField } from "../../forms/Fields.tsx"
import { save } from "../../forms/save.ts"
import { emptyTarget, type TargetForm, targetFieldOf, targetRequest } from "../../forms/target.ts"
import { useForm } from "../../forms/useForm.ts"
import { t } from "../../i18n/index.ts"
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
  const { state, set, errors } = form
  const f = { form: "target", lang, errors }
  return (
    <>
      <form class="entry-form" onSubmit={form.submit} noValidate aria-labelledby="entry-title">
        <FormErrors lang={lang} errors={errors} />
        <TextField
          {...f}
          field="titleVi"
          label={t(lang, "t.titleVi")}
          value={state.titleVi}
          onInput={(v) => set("titleVi", v)}
        />
        <TextField
          {...f}
          field="titleEn"
          label={t(lang, "t.titleEn")}
          value={state.titleEn}
          onInput={(v) => set("titleEn", v)}
        />
        <TextField
          {...f}
          field="scope"
          label={t(lang, "t.scope")}
          value={state.scope}
          inputMode="numeric"
          onInput={(v) => set("scope", v)}
        />
        <SelectField
          {...f}
          field="tier"
          label={t(lang, "t.tier")}
          value={state.tier}
          onChange={(v) => set("tier", v)}
          options={(["ntm", "advanced", "model"] as const).map((x) => [x, t(lang, `tier.${x}`)])}
        />
        <TextField
          {...f}
          field="year"
          label={t(lang, "t.periodEnd")}
          value={state.year}
          inputMode="numeric"
          onInput={(v) => set("year", v)}
        />
        <TextField
          {...f}
          field="value"
          label={t(lang, "t.value")}
          value={state.value}
          inputMode="numeric"
          onInput={(v) => set("value", v)}
        />
        <TextField
          {...f}
          field="source"
          label={t(lang, "t.source")}
          value={state.source}
          onInput={(v) => set("source", v)}
        />
        <div class="actions">
          <button type="submit" disabled={form.status.kind === "saving"}>
            {t(lang, "form.save")}
          </button>
          <SaveStatus lang={lang} status={form.status} saved={() => t(lang, "form.saved")} />
        </div>
      </form>
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
