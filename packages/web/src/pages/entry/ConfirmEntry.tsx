/** The commune's inbox (xác nhận đóng góp): lines delivered to the commune, each confirmed or rejected with a reason. */
import { UnitCode } from "@ntm/core"
import { Catalogue } from "@ntm/core/contributions"
import { Quantity } from "@ntm/core/money"
import { Effect } from "effect"
import { useState } from "preact/hooks"
import { run } from "../../api.ts"
import { LoadStatus } from "../../components/Status.tsx"
import { unitLabel } from "../../forms/contribution.ts"
import { FormErrors, SaveStatus, TextField } from "../../forms/Fields.tsx"
import { save } from "../../forms/save.ts"
import { confirmRequest, rejectRequest, statusChangeFieldOf } from "../../forms/statusChange.ts"
import { t } from "../../forms/t.ts"
import { useAction } from "../../forms/useAction.ts"
import { formatDong, type Language } from "../../i18n/index.ts"
import type { Session } from "../../session.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

/** The fields of a line the inbox shows. */
interface LineView {
  readonly id: string
  readonly version: number
  readonly date: string
  readonly provider: { readonly name: string }
  readonly item: string
  readonly quantity: Quantity.Quantity
  readonly unit: string
  readonly value?: bigint
  readonly status: string
}

/** What was given, in words: the item's name, and the quantity with its unit for help in kind. */
const lineText = (lang: Language, l: LineView): string => {
  const item = Catalogue.findItem(Catalogue.standardCatalogue, l.item)?.name[lang] ?? l.item
  if (l.unit === "dong") return item
  return `${item}: ${Quantity.format(l.quantity)} ${unitLabel(l.unit, lang)}`
}

const loadInbox = async (session: Session) => {
  const page = await run(session.token, (c) =>
    c.contributions.list({
      params: { province: UnitCode.unitCode(session.province ?? "") },
      query: { commune: UnitCode.unitCode(session.unit ?? ""), status: "delivered", limit: 100 },
    }),
  )
  return page.items as ReadonlyArray<LineView>
}

/** One line's actions: confirm, or reject with a reason typed beside it. */
const LineActions = (props: {
  readonly line: LineView
  readonly session: Session
  readonly lang: Language
  readonly onDone: (line: LineView) => void
}) => {
  const { line, lang, session } = props
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const { errors, status, act } = useAction<LineView>(statusChangeFieldOf)
  const send = async (kind: "confirm" | "reject") => {
    const params = { id: line.id }
    const checked = kind === "confirm" ? confirmRequest(line.version) : rejectRequest(reason, line.version)
    const done = await act(checked, (payload) =>
      save(session.token, (c) =>
        (kind === "confirm"
          ? c.contributions.confirm({ params, payload, headers: {} })
          : c.contributions.reject({ params, payload, headers: {} })
        ).pipe(Effect.map((l) => l as LineView)),
      ),
    )
    if (done !== undefined) props.onDone(done)
  }
  const form = `reject-${line.id}`
  return (
    <div class="line-actions">
      <FormErrors lang={lang} errors={errors} />
      {!rejecting ? (
        <div class="actions">
          <button type="button" onClick={() => void send("confirm")} disabled={status.kind === "saving"}>
            {t(lang, "confirm.confirm")}
          </button>
          <button type="button" onClick={() => setRejecting(true)}>
            {t(lang, "confirm.reject")}
          </button>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void send("reject")
          }}
        >
          <TextField
            form={form}
            field="reason"
            lang={lang}
            errors={errors}
            label={t(lang, "confirm.reason")}
            value={reason}
            onInput={setReason}
          />
          <div class="actions">
            <button type="submit" disabled={status.kind === "saving"}>
              {t(lang, "confirm.sendReject")}
            </button>
            <button type="button" onClick={() => setRejecting(false)}>
              {t(lang, "confirm.cancel")}
            </button>
          </div>
        </form>
      )}
      <SaveStatus
        lang={lang}
        status={status}
        saved={(l) => t(lang, `status.${l.status}` as "status.confirmed")}
        onReload={() => props.onDone(line)}
      />
    </div>
  )
}

/** The inbox of the signed-in commune official. */
export const ConfirmEntry = (props: EntryProps) => {
  const { session, lang } = props
  const [lines, retry] = useLoad(() => loadInbox(session), [session.token])
  const [done, setDone] = useState<Readonly<Record<string, string>>>({})
  return (
    <>
      <LoadStatus load={lines} lang={lang} retry={retry} />
      {lines.state === "done" && lines.value.length === 0 && <p>{t(lang, "confirm.none")}</p>}
      {lines.state === "done" && lines.value.length > 0 && (
        <div class="table-wrap">
          <table class="data inbox">
            <caption class="visually-hidden">{t(lang, "entry.confirm")}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, "confirm.colDate")}</th>
                <th scope="col">{t(lang, "confirm.colProvider")}</th>
                <th scope="col">{t(lang, "confirm.colItem")}</th>
                <th scope="col" class="num">
                  {t(lang, "confirm.colValue")}
                </th>
                <th scope="col">{t(lang, "confirm.colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {lines.value.map((l) => (
                <tr key={l.id} data-line={l.id}>
                  <td>{l.date}</td>
                  <td>{l.provider.name}</td>
                  <td>{lineText(lang, l)}</td>
                  <td class="num">{l.value === undefined ? "—" : formatDong(lang, l.value)}</td>
                  <td>
                    {done[l.id] !== undefined ? (
                      <span role="status" class="status ok">
                        {t(lang, `status.${done[l.id]}` as "status.confirmed")}
                      </span>
                    ) : (
                      <LineActions
                        line={l}
                        session={session}
                        lang={lang}
                        onDone={(changed) =>
                          changed === l ? retry() : setDone((d) => ({ ...d, [l.id]: changed.status }))
                        }
                      />
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
