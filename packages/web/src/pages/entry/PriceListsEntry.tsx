/** Price lists (bảng giá quy đổi) for the province admin: a new list with its entries; a stored list as a template. */
import { UnitCode } from "@ntm/core"
import { Catalogue } from "@ntm/core/contributions"
import { run } from "../../api.ts"
import { LoadStatus } from "../../components/Status.tsx"
import { unitLabel, unitsOfItem } from "../../forms/contribution.ts"
import { binder, EntryFormShell, SelectField, TextField } from "../../forms/Fields.tsx"
import {
  blankEntry,
  ENTRY_FIELDS,
  ENTRY_KEY,
  type EntryField,
  emptyPriceList,
  entryCount,
  entryKey,
  priceListAsForm,
  priceListFieldOf,
  priceListRequest,
} from "../../forms/priceList.ts"
import { save } from "../../forms/save.ts"
import { t } from "../../forms/t.ts"
import { useForm } from "../../forms/useForm.ts"
import { formatDong } from "../../i18n/index.ts"
import { vietnamDay } from "../../model/assigned.ts"
import type { EntryProps } from "../Entry.tsx"
import { useLoad } from "../useLoad.ts"

const inKindItems = Catalogue.standardCatalogue.items.filter((i) => i.category !== "cash")

/** The price-list page of the province admin. */
export const PriceListsEntry = (props: EntryProps) => {
  const { session, lang } = props
  const today = vietnamDay(Date.now())
  const province = session.province ?? ""
  const [lists, retry] = useLoad(
    () =>
      run(session.token, (c) =>
        c.priceLists.list({ params: { province: UnitCode.unitCode(province) }, query: { limit: 100 } }),
      ).then((p) => p.items),
    [session.token],
  )
  const initial = emptyPriceList(today)
  const form = useForm({
    name: `price-list.${province}`,
    initial,
    rows: ENTRY_KEY,
    check: (s: Record<string, string>) => priceListRequest(s, province),
    target: "POST /v1/price-lists",
    send: (payload, key) =>
      save(session.token, (c) => c.priceLists.create({ payload, headers: { "idempotency-key": key } })),
    fieldOf: (path) => priceListFieldOf(path),
    after: () => {
      retry()
      return initial
    },
  })
  const { state } = form
  const b = binder("price-list", lang, form)
  const n = entryCount(state)
  const addEntry = () =>
    form.setState((s) => ({ ...s, ...blankEntry(n, s.effectiveFrom ?? today), entries: String(n + 1) }))
  const removeEntry = (i: number) =>
    form.setState((s) => {
      const next: Record<string, string> = { ...s, entries: String(n - 1) }
      for (let j = i; j < n; j++)
        for (const k of ENTRY_FIELDS) {
          const later = s[entryKey(j + 1, k)]
          if (later === undefined) delete next[entryKey(j, k)]
          else next[entryKey(j, k)] = later
        }
      return next
    })
  return (
    <>
      <p class="note">{t(lang, "p.newVersion")}</p>
      <EntryFormShell
        lang={lang}
        form={form}
        saved={() => t(lang, "form.saved")}
        extra={
          <button type="button" onClick={addEntry}>
            {t(lang, "p.addEntry")}
          </button>
        }
      >
        <TextField {...b.text("nameVi")} label={t(lang, "p.nameVi")} />
        <TextField {...b.text("nameEn")} label={t(lang, "p.nameEn")} />
        <TextField {...b.text("effectiveFrom")} label={t(lang, "p.effectiveFrom")} type="date" />
        <SelectField
          {...b.select("rounding")}
          label={t(lang, "p.rounding")}
          options={[
            ["half-up", "half-up"],
            ["half-even", "half-even"],
          ]}
        />
        <TextField {...b.text("tolerancePercent")} label={t(lang, "p.tolerance")} inputMode="numeric" />
        {Array.from({ length: n }, (_, i) => {
          const k = (field: EntryField) => entryKey(i, field)
          const item = state[k("item")] ?? ""
          return (
            <fieldset key={i} class="group">
              <legend>{t(lang, "p.entry", { n: i + 1 })}</legend>
              <SelectField
                {...b.select(k("item"))}
                onChange={(v) => form.setState((s) => ({ ...s, [k("item")]: v, [k("unit")]: unitsOfItem(v)[0] ?? "" }))}
                label={t(lang, "c.item")}
                choose
                options={inKindItems.map((x) => [x.code, x.name[lang]])}
              />
              <SelectField
                {...b.select(k("unit"))}
                label={t(lang, "c.unit")}
                choose
                options={unitsOfItem(item).map((u) => [u, unitLabel(u, lang)])}
              />
              <TextField {...b.text(k("unitValue"))} label={t(lang, "c.unitValue")} inputMode="decimal" />
              <TextField {...b.text(k("workKind"))} label={t(lang, "c.workKind")} optional />
              <TextField {...b.text(k("validFrom"))} label={t(lang, "g.from")} type="date" />
              <TextField {...b.text(k("validTo"))} label={t(lang, "g.to")} optional type="date" />
              <TextField {...b.text(k("source"))} label={t(lang, "p.source")} />
              <div class="actions">
                <button type="button" onClick={() => removeEntry(i)} disabled={n <= 1}>
                  {t(lang, "p.removeEntry", { n: i + 1 })}
                </button>
              </div>
            </fieldset>
          )
        })}
      </EntryFormShell>
      <h2>{t(lang, "p.existing")}</h2>
      <LoadStatus load={lists} lang={lang} retry={retry} />
      {lists.state === "done" && (
        <ul class="lists">
          {lists.value.map((l) => (
            <li key={l.id}>
              {l.name[lang]} — {t(lang, "p.effectiveFrom")} {l.effectiveFrom} ({l.entries.length}){" "}
              <span class="muted small">
                {l.entries
                  .slice(0, 3)
                  .map((e) => `${e.item}: ${formatDong(lang, e.unitValue)}/${e.unit}`)
                  .join("; ")}
              </span>{" "}
              <button type="button" onClick={() => form.setState(priceListAsForm(l, today))}>
                {t(lang, "p.useAsTemplate")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
