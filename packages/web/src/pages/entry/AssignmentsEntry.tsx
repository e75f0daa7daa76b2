/** Assignments (phân công giúp đỡ) for the province admin: assign a helper to a commune; list and end assignments. */
import { UnitCode } from "@ntm/core"
import { useState } from "preact/hooks"
import { run } from "../../api.ts"
import { LoadStatus } from "../../components/Status.tsx"
import {
  type AssignmentForm,
  assignmentFieldOf,
  assignmentRequest,
  emptyAssignment,
  endingFieldOf,
  endingRequest,
  reassignmentFieldOf,
  reassignmentRequest,
} from "../../forms/assignment.ts"
import { binder, EntryFormShell, InlineForm, SelectField, TextField } from "../../forms/Fields.tsx"
import { save } from "../../forms/save.ts"
import { t } from "../../forms/t.ts"
import { useAction } from "../../forms/useAction.ts"
import { useForm } from "../../forms/useForm.ts"
import type { Language } from "../../i18n/index.ts"
import { vietnamDay } from "../../model/assigned.ts"
import type { Session } from "../../session.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

interface AssignmentRow {
  readonly id: string
  readonly version: number
  readonly helper: string
  readonly role: string
  readonly from: string
  readonly to?: string
  readonly endedBy?: string
}

interface RowActionProps {
  readonly row: AssignmentRow
  readonly session: Session
  readonly lang: Language
  readonly day: string
  readonly onChanged: () => void
}

/** Ends one assignment on the version shown; a stale version says so and keeps the typed date and reason. */
const EndAssignment = (props: RowActionProps) => {
  const { row, lang, session } = props
  const [on, setOn] = useState(props.day)
  const [reason, setReason] = useState("")
  const action = useAction<unknown>(endingFieldOf)
  const submit = async (e: Event) => {
    e.preventDefault()
    const done = await action.act(endingRequest(on, reason, row.version), (payload) =>
      save(session.token, (c) =>
        c.assignments.end({ params: { id: row.id }, payload, headers: { "if-match": `"${row.version}"` } }),
      ),
    )
    if (done !== undefined) props.onChanged()
  }
  const f = { form: `end-${row.id}`, lang, errors: action.errors }
  return (
    <InlineForm
      lang={lang}
      label={`${t(lang, "g.end")} ${row.id}`}
      action={action}
      onSubmit={submit}
      submitLabel={t(lang, "g.end")}
      onReload={props.onChanged}
    >
      <TextField {...f} field="on" label={t(lang, "g.endOn")} value={on} onInput={setOn} type="date" />
      <TextField {...f} field="reason" label={t(lang, "confirm.reason")} optional value={reason} onInput={setReason} />
    </InlineForm>
  )
}

/** Hands one assignment over to another helper from a date (the old one ends that day), on the version shown. */
const ReassignAssignment = (props: RowActionProps) => {
  const { row, lang, session } = props
  const [state, setState] = useState({ helper: "", from: props.day, legalBasis: "" })
  const action = useAction<unknown>(reassignmentFieldOf)
  const submit = async (e: Event) => {
    e.preventDefault()
    const done = await action.act(reassignmentRequest(state, row.version), (payload) =>
      save(session.token, (c) =>
        c.assignments.reassign({ params: { id: row.id }, payload, headers: { "if-match": `"${row.version}"` } }),
      ),
    )
    if (done !== undefined) props.onChanged()
  }
  const f = { form: `reassign-${row.id}`, lang, errors: action.errors }
  const field = (k: keyof typeof state) => ({
    ...f,
    field: k,
    value: state[k],
    onInput: (v: string) => setState((s) => ({ ...s, [k]: v })),
  })
  return (
    <InlineForm
      lang={lang}
      label={`${t(lang, "g.reassign")} ${row.id}`}
      action={action}
      onSubmit={submit}
      submitLabel={t(lang, "g.reassign")}
      onReload={props.onChanged}
    >
      <TextField {...field("helper")} label={t(lang, "g.newHelper")} />
      <TextField {...field("from")} label={t(lang, "g.from")} type="date" />
      <TextField {...field("legalBasis")} label={t(lang, "g.legalBasis")} />
    </InlineForm>
  )
}

const CommuneAssignments = (props: {
  readonly session: Session
  readonly lang: Language
  readonly commune: string
  readonly day: string
}) => {
  const { session, lang, commune } = props
  const [rows, retry] = useLoad(
    () =>
      run(session.token, (c) =>
        c.assignments.byCommune({
          params: { province: session.province ?? "", commune: UnitCode.unitCode(commune) },
          query: { limit: 100 },
        }),
      ).then((p) => p.items as ReadonlyArray<AssignmentRow>),
    [session.token, commune],
  )
  return (
    <>
      <LoadStatus load={rows} lang={lang} retry={retry} />
      {rows.state === "done" && (
        <div class="table-wrap">
          <table class="data assignments">
            <caption>
              {t(lang, "g.list")} {commune}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, "g.helper")}</th>
                <th scope="col">{t(lang, "g.role")}</th>
                <th scope="col">{t(lang, "g.from")}</th>
                <th scope="col">{t(lang, "g.to")}</th>
                <th scope="col">{t(lang, "confirm.colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.value.map((r) => (
                <tr key={r.id} data-assignment={r.id}>
                  <td>{r.helper}</td>
                  <td>{t(lang, r.role === "lead" ? "g.role.lead" : "g.role.support")}</td>
                  <td>{r.from}</td>
                  <td>{r.to ?? "—"}</td>
                  <td>
                    {r.endedBy !== undefined ? (
                      t(lang, "g.ended", { date: r.to ?? "" })
                    ) : (
                      <>
                        <details>
                          <summary>{t(lang, "g.end")}</summary>
                          <EndAssignment row={r} session={session} lang={lang} day={props.day} onChanged={retry} />
                        </details>
                        <details>
                          <summary>{t(lang, "g.reassign")}</summary>
                          <ReassignAssignment row={r} session={session} lang={lang} day={props.day} onChanged={retry} />
                        </details>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

/** The assignments page of the province admin. */
export const AssignmentsEntry = (props: EntryProps) => {
  const { session, lang } = props
  const today = vietnamDay(Date.now())
  const province = session.province ?? ""
  const initial = emptyAssignment(today)
  const [shown, setShown] = useState("")
  const [listed, setListed] = useState(0)
  const form = useForm({
    name: `assignment.${province}`,
    initial,
    check: (s: AssignmentForm) => assignmentRequest(s),
    target: "POST assignments",
    send: ({ commune, payload }, key) =>
      save(session.token, (c) =>
        c.assignments.create({ params: { province, commune }, payload, headers: { "idempotency-key": key } }),
      ),
    fieldOf: (path) => assignmentFieldOf(path),
    after: (saved, s) => {
      setShown(saved.commune)
      setListed((n) => n + 1)
      return { ...initial, commune: s.commune, legalBasis: s.legalBasis }
    },
  })
  const b = binder("assignment", lang, form)
  const commune = form.state.commune.trim()
  return (
    <>
      <EntryFormShell
        lang={lang}
        form={form}
        saved={() => t(lang, "form.saved")}
        after={
          <button type="button" onClick={() => setShown(commune)} disabled={!/^\d{5}$/u.test(commune)}>
            {t(lang, "g.show")}
          </button>
        }
      >
        <TextField {...b.text("commune")} label={t(lang, "g.commune")} inputMode="numeric" />
        <TextField {...b.text("helper")} label={t(lang, "g.helper")} />
        <SelectField
          {...b.select("role")}
          label={t(lang, "g.role")}
          options={[
            ["lead", t(lang, "g.role.lead")],
            ["support", t(lang, "g.role.support")],
          ]}
        />
        <TextField {...b.text("from")} label={t(lang, "g.from")} type="date" />
        <TextField {...b.text("to")} label={t(lang, "g.to")} optional type="date" />
        <TextField {...b.text("legalBasis")} label={t(lang, "g.legalBasis")} />
      </EntryFormShell>
      {/^\d{5}$/u.test(shown) && (
        <CommuneAssignments key={`${shown}.${listed}`} session={session} lang={lang} commune={shown} day={today} />
      )}
    </>
  )
}
