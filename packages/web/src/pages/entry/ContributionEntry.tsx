/** Record a contribution (ghi nhận đóng góp): cash in đồng, or in kind with quantity and unit, for an assigned commune. */
import { Catalogue, Contribution } from "@ntm/core/contributions"
import { LoadStatus } from "../../components/Status.tsx"
import {
  type ContributionForm,
  contributionFieldOf,
  contributionRequest,
  emptyContribution,
  itemsOf,
  unitsOfItem,
} from "../../forms/contribution.ts"
import { FormErrors, SaveStatus, SelectField, TextField } from "../../forms/Fields.tsx"
import { communeChoices } from "../../forms/lookups.ts"
import { save } from "../../forms/save.ts"
import { useForm } from "../../forms/useForm.ts"
import { formatDong, t } from "../../i18n/index.ts"
import { vietnamDay } from "../../model/assigned.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

const BASES = ["price-list", "invoice", "donor-declared", "appraised", "market-comparable"] as const

/** The contribution form of an agency (or the province admin). */
export const ContributionEntry = (props: EntryProps) => {
  const { session, lang } = props
  const today = vietnamDay(Date.now())
  const [communes, retry] = useLoad(() => communeChoices(session, today), [session.token])
  const provider = { kind: "agency" as const, id: session.agency ?? session.province ?? "province" }
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
  const { state, set, errors } = form
  const f = { form: "contribution", lang, errors }
  const cash = state.category === "cash"
  const items = itemsOf(state.category)
  const units = unitsOfItem(state.item)
  const unitName = (code: string) => Catalogue.findUnit(Catalogue.standardCatalogue, code)?.name[lang] ?? code
  return (
    <>
      <LoadStatus load={communes} lang={lang} retry={retry} />
      {communes.state === "done" && communes.value.length === 0 && <p>{t(lang, "form.noCommunes")}</p>}
      <form class="entry-form" onSubmit={form.submit} noValidate aria-labelledby="entry-title">
        <FormErrors lang={lang} errors={errors} />
        <TextField
          {...f}
          field="providerName"
          label={t(lang, "c.provider")}
          value={state.providerName}
          onInput={(v) => set("providerName", v)}
        />
        <SelectField
          {...f}
          field="commune"
          label={t(lang, "c.commune")}
          value={state.commune}
          onChange={(v) => set("commune", v)}
          choose
          options={(communes.state === "done" ? communes.value : []).map((c) => [c.code, `${c.name} (${c.code})`])}
        />
        <TextField
          {...f}
          field="date"
          label={t(lang, "c.date")}
          value={state.date}
          inputMode="numeric"
          onInput={(v) => set("date", v)}
        />
        <SelectField
          {...f}
          field="programme"
          label={t(lang, "c.programme")}
          value={state.programme}
          onChange={(v) => set("programme", v)}
          options={Object.entries(Contribution.programmeNames).map(([k, n]) => [k, n[lang]])}
        />
        <SelectField
          {...f}
          field="category"
          label={t(lang, "c.category")}
          value={state.category}
          onChange={(v) => form.setState((s) => ({ ...s, category: v, item: "", unit: "" }))}
          options={Object.entries(Catalogue.categoryNames).map(([k, n]) => [k, n[lang]])}
        />
        {cash ? (
          <TextField
            {...f}
            field="amount"
            label={t(lang, "c.amount")}
            hint={t(lang, "c.amountHint")}
            value={state.amount}
            inputMode="numeric"
            onInput={(v) => set("amount", v)}
          />
        ) : (
          <>
            <SelectField
              {...f}
              field="item"
              label={t(lang, "c.item")}
              value={state.item}
              choose
              onChange={(v) => form.setState((s) => ({ ...s, item: v, unit: unitsOfItem(v)[0] ?? "" }))}
              options={items.map((i) => [i.code, i.name[lang]])}
            />
            <TextField
              {...f}
              field="quantity"
              label={t(lang, "c.quantity")}
              value={state.quantity}
              inputMode="decimal"
              onInput={(v) => set("quantity", v)}
            />
            <SelectField
              {...f}
              field="unit"
              label={t(lang, "c.unit")}
              value={state.unit}
              choose
              onChange={(v) => set("unit", v)}
              options={units.map((u) => [u, unitName(u)])}
            />
            {state.category === "labour" && (
              <TextField
                {...f}
                field="workKind"
                label={t(lang, "c.workKind")}
                optional
                value={state.workKind}
                onInput={(v) => set("workKind", v)}
              />
            )}
            <SelectField
              {...f}
              field="basis"
              label={t(lang, "c.basis")}
              value={state.basis}
              onChange={(v) => set("basis", v)}
              options={BASES.map((b) => [b, t(lang, `basis.${b}`)])}
            />
            {state.basis !== "price-list" && (
              <TextField
                {...f}
                field="unitValue"
                label={t(lang, "c.unitValue")}
                value={state.unitValue}
                inputMode="numeric"
                onInput={(v) => set("unitValue", v)}
              />
            )}
          </>
        )}
        <TextField
          {...f}
          field="declaredValue"
          label={t(lang, "c.declaredValue")}
          optional
          value={state.declaredValue}
          inputMode="numeric"
          onInput={(v) => set("declaredValue", v)}
        />
        <SelectField
          {...f}
          field="status"
          label={t(lang, "c.status")}
          value={state.status}
          onChange={(v) => set("status", v)}
          options={(["delivered", "pledged"] as const).map((s) => [s, t(lang, `status.${s}`)])}
        />
        <TextField
          {...f}
          field="note"
          label={t(lang, "c.note")}
          optional
          multiline
          value={state.note}
          onInput={(v) => set("note", v)}
        />
        <div class="actions">
          <button type="submit" disabled={form.status.kind === "saving"}>
            {t(lang, "form.save")}
          </button>
          <SaveStatus
            lang={lang}
            status={form.status}
            saved={(line) =>
              t(lang, "form.savedContribution", {
                id: line.id,
                value: line.value === undefined ? "—" : formatDong(lang, line.value),
              })
            }
          />
        </div>
      </form>
    </>
  )
}
