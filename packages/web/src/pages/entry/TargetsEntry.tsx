/** Province targets (mục tiêu của tỉnh) for the province admin: communes at a tier by the end of a year. */
import { run } from "../../api.ts"
import { LoadStatus } from "../../components/Status.tsx"
import { binder, EntryFormShell, SelectField, TextField } from "../../forms/Fields.tsx"
import { save } from "../../forms/save.ts"
import { t } from "../../forms/t.ts"
import { emptyTarget, type TargetForm, targetFieldOf, targetFormOf, targetRequest } from "../../forms/target.ts"
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
    // The request, and which stored target (and version read) it replaces; none for a new one.
    check: (s: TargetForm) => {
      const r = targetRequest(s)
      return r.ok ? { ...r, value: { payload: r.value, id: s.id, version: s.version } } : r
    },
    target: "POST targets",
    send: ({ payload, id, version }, key) =>
      save(session.token, (c) =>
        id === ""
          ? c.plans.createTarget({ params: { province }, payload, headers: { "idempotency-key": key } })
          : c.plans.replaceTarget({
              params: { id },
              payload: { ...payload, version: Number(version) },
              headers: { "if-match": `"${version}"` },
            }),
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
      {form.state.id !== "" && (
        <p>
          {t(lang, "t.editing", { version: form.state.version })}{" "}
          <button type="button" onClick={() => form.setState(initial)}>
            {t(lang, "t.new")}
          </button>
        </p>
      )}
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
          {targets.value.map((x) => {
            const editable = targetFormOf(x)
            return (
              <li key={x.id}>
                {x.title[lang]} ({x.scope}){" "}
                {editable === undefined ? (
                  <small>— {t(lang, "t.notEditable")}</small>
                ) : (
                  <button type="button" onClick={() => form.setState(editable)}>
                    {t(lang, "t.edit")}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
