/** Record an activity (ghi nhận hoạt động giúp đỡ) of the agency in one of its assigned communes. */
import { Activity } from "@ntm/core/assignments"
import { LoadStatus } from "../../components/Status.tsx"
import { type ActivityForm, activityFieldOf, activityRequest, emptyActivity } from "../../forms/activity.ts"
import { FormErrors, SaveStatus, SelectField, TextField } from "../../forms/Fields.tsx"
import { communeChoices } from "../../forms/lookups.ts"
import { save } from "../../forms/save.ts"
import { useForm } from "../../forms/useForm.ts"
import { t } from "../../i18n/index.ts"
import { vietnamDay } from "../../model/assigned.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

/** The activity form. */
export const ActivityEntry = (props: EntryProps) => {
  const { session, lang } = props
  const today = vietnamDay(Date.now())
  const [communes, retry] = useLoad(() => communeChoices(session, today), [session.token])
  const initial = emptyActivity(today)
  const form = useForm({
    name: `activity.${session.agency ?? session.province ?? ""}`,
    initial,
    check: (s: ActivityForm) => activityRequest(s, session.agency),
    target: "POST activities",
    send: ({ commune, payload }, key) =>
      save(session.token, (c) =>
        c.activities.create({
          params: { province: session.province ?? "", commune },
          payload,
          headers: { "idempotency-key": key },
        }),
      ),
    fieldOf: (path) => activityFieldOf(path),
    after: (_saved, s) => ({ ...initial, commune: s.commune }),
  })
  const { state, set, errors } = form
  const f = { form: "activity", lang, errors }
  return (
    <>
      <LoadStatus load={communes} lang={lang} retry={retry} />
      {communes.state === "done" && communes.value.length === 0 && <p>{t(lang, "form.noCommunes")}</p>}
      <form class="entry-form" onSubmit={form.submit} noValidate aria-labelledby="entry-title">
        <FormErrors lang={lang} errors={errors} />
        <SelectField
          {...f}
          field="commune"
          label={t(lang, "a.commune")}
          value={state.commune}
          choose
          onChange={(v) => set("commune", v)}
          options={(communes.state === "done" ? communes.value : []).map((c) => [c.code, `${c.name} (${c.code})`])}
        />
        <SelectField
          {...f}
          field="kind"
          label={t(lang, "a.kind")}
          value={state.kind}
          onChange={(v) => set("kind", v)}
          options={Activity.ActivityKind.literals.map((k) => [k, t(lang, `activity.${k}`)])}
        />
        <TextField
          {...f}
          field="date"
          label={t(lang, "a.date")}
          value={state.date}
          inputMode="numeric"
          onInput={(v) => set("date", v)}
        />
        <TextField
          {...f}
          field="participants"
          label={t(lang, "a.participants")}
          multiline
          value={state.participants}
          onInput={(v) => set("participants", v)}
        />
        <TextField
          {...f}
          field="notes"
          label={t(lang, "a.notes")}
          multiline
          value={state.notes}
          onInput={(v) => set("notes", v)}
        />
        <div class="actions">
          <button type="submit" disabled={form.status.kind === "saving"}>
            {t(lang, "form.save")}
          </button>
          <SaveStatus lang={lang} status={form.status} saved={() => t(lang, "form.saved")} />
        </div>
      </form>
    </>
  )
}
