/** Record an activity (ghi nhận hoạt động giúp đỡ) of the agency in one of its assigned communes. */
import { Activity } from "@ntm/core/assignments"
import { type ActivityForm, activityFieldOf, activityRequest, emptyActivity } from "../../forms/activity.ts"
import { CommunesStatus, communeOptions } from "../../forms/CommunePick.tsx"
import { binder, EntryFormShell, SelectField, TextField } from "../../forms/Fields.tsx"
import { communeChoices } from "../../forms/lookups.ts"
import { save } from "../../forms/save.ts"
import { t } from "../../forms/t.ts"
import { useForm } from "../../forms/useForm.ts"
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
  const b = binder("activity", lang, form)
  return (
    <>
      <CommunesStatus load={communes} lang={lang} retry={retry} />
      <EntryFormShell lang={lang} form={form} saved={() => t(lang, "form.saved")}>
        <SelectField {...b.select("commune")} label={t(lang, "a.commune")} choose options={communeOptions(communes)} />
        <SelectField
          {...b.select("kind")}
          label={t(lang, "a.kind")}
          options={Activity.ActivityKind.literals.map((k) => [k, t(lang, `activity.${k}`)])}
        />
        <TextField {...b.text("date")} label={t(lang, "a.date")} type="date" />
        <TextField {...b.text("participants")} label={t(lang, "a.participants")} multiline />
        <TextField {...b.text("notes")} label={t(lang, "a.notes")} multiline />
      </EntryFormShell>
    </>
  )
}
