/** Record a contribution (ghi nhận đóng góp): cash in đồng, or in kind with quantity and unit, for an assigned commune. */
import { Catalogue, Contribution } from "@ntm/core/contributions"
import { CommunesStatus, communeOptions } from "../../forms/CommunePick.tsx"
import {
  type ContributionForm,
  contributionFieldOf,
  contributionRequest,
  emptyContribution,
  itemsOf,
  unitLabel,
  unitsOfItem,
} from "../../forms/contribution.ts"
import { binder, EntryFormShell, SelectField, TextField } from "../../forms/Fields.tsx"
import { communeChoices } from "../../forms/lookups.ts"
import { save } from "../../forms/save.ts"
import { t } from "../../forms/t.ts"
import { useForm } from "../../forms/useForm.ts"
import { formatDong } from "../../i18n/index.ts"
import { vietnamDay } from "../../model/assigned.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

const BASES = ["price-list", "invoice", "donor-declared", "appraised", "market-comparable"] as const

/** The contribution form of an agency. */
export const ContributionEntry = (props: EntryProps) => {
  const { session, lang } = props
  const today = vietnamDay(Date.now())
  const [communes, retry] = useLoad(() => communeChoices(session, today), [session.token])
  const provider = { kind: "agency" as const, id: session.agency ?? "" }
  const initial: ContributionForm = { ...emptyContribution(today), providerName: session.agency ?? "" }
  const form = useForm({
    name: `contribution.${provider.id}`,
    initial,
    check: (s: ContributionForm) => contributionRequest(s, provider),
    target: "POST /v1/contributions",
    send: (payload, key) =>
      save(session.token, (c) => c.contributions.create({ payload, headers: { "idempotency-key": key } })),
    fieldOf: (path, s) => contributionFieldOf(s.category)(path),
    // Keep who and where for the next line; clear what was given.
    after: (_saved, s) => ({ ...initial, providerName: s.providerName, commune: s.commune, date: s.date }),
  })
  const { state } = form
  const b = binder("contribution", lang, form)
  return (
    <>
      <CommunesStatus load={communes} lang={lang} retry={retry} />
      <EntryFormShell
        lang={lang}
        form={form}
        saved={(line) =>
          t(lang, "form.savedContribution", {
            id: line.id,
            value: line.value === undefined ? "—" : formatDong(lang, line.value),
          })
        }
      >
        <TextField {...b.text("providerName")} label={t(lang, "c.provider")} />
        <SelectField {...b.select("commune")} label={t(lang, "c.commune")} choose options={communeOptions(communes)} />
        <TextField {...b.text("date")} label={t(lang, "c.date")} type="date" />
        <SelectField
          {...b.select("programme")}
          label={t(lang, "c.programme")}
          options={Object.entries(Contribution.programmeNames).map(([k, n]) => [k, n[lang]])}
        />
        <SelectField
          {...b.select("category")}
          onChange={(v) => form.setState((s) => ({ ...s, category: v, item: "", unit: "" }))}
          label={t(lang, "c.category")}
          options={Object.entries(Catalogue.categoryNames).map(([k, n]) => [k, n[lang]])}
        />
        {state.category === "cash" ? (
          <TextField
            {...b.text("amount")}
            label={t(lang, "c.amount")}
            hint={t(lang, "c.amountHint")}
            inputMode="decimal"
          />
        ) : (
          <>
            <SelectField
              {...b.select("item")}
              onChange={(v) => form.setState((s) => ({ ...s, item: v, unit: unitsOfItem(v)[0] ?? "" }))}
              label={t(lang, "c.item")}
              choose
              options={itemsOf(state.category).map((i) => [i.code, i.name[lang]])}
            />
            <TextField {...b.text("quantity")} label={t(lang, "c.quantity")} inputMode="decimal" />
            <SelectField
              {...b.select("unit")}
              label={t(lang, "c.unit")}
              choose
              options={unitsOfItem(state.item).map((u) => [u, unitLabel(u, lang)])}
            />
            {state.category === "labour" && (
              <TextField {...b.text("workKind")} label={t(lang, "c.workKind")} optional />
            )}
            <SelectField
              {...b.select("basis")}
              label={t(lang, "c.basis")}
              options={BASES.map((x) => [x, t(lang, `basis.${x}`)])}
            />
            {state.basis !== "price-list" && (
              <TextField {...b.text("unitValue")} label={t(lang, "c.unitValue")} inputMode="decimal" />
            )}
          </>
        )}
        <TextField {...b.text("declaredValue")} label={t(lang, "c.declaredValue")} optional inputMode="decimal" />
        <SelectField
          {...b.select("status")}
          label={t(lang, "c.status")}
          options={(["delivered", "pledged"] as const).map((x) => [x, t(lang, `status.${x}`)])}
        />
        <TextField {...b.text("note")} label={t(lang, "c.note")} optional multiline />
      </EntryFormShell>
    </>
  )
}
