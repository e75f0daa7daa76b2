/** The contribution form (ghi nhận đóng góp): what a person types → the `POST /v1/contributions` request, checked. */
import { Problem } from "@ntm/core"
import { Catalogue } from "@ntm/core/contributions"
import { parseDong } from "./money.ts"
import { byPrefix, present } from "./problems.ts"
import { NewContribution } from "./schemas.ts"
import { type Checked, checkWith } from "./validate.ts"

/** What the form holds: every field as typed (strings), so nothing is lost or reformatted. */
export interface ContributionForm {
  readonly providerName: string
  readonly commune: string
  readonly date: string
  readonly programme: string
  readonly category: string
  /** Cash: the amount in đồng, as typed. */
  readonly amount: string
  readonly item: string
  readonly quantity: string
  readonly unit: string
  readonly workKind: string
  /** "price-list" (valued by the server with the list in force) or a basis with its own unit value. */
  readonly basis: string
  readonly unitValue: string
  readonly declaredValue: string
  readonly status: string
  readonly note: string
  readonly [key: string]: string
}

/** An empty form for a day (the date field starts on it). */
export const emptyContribution = (day: string): ContributionForm => ({
  providerName: "",
  commune: "",
  date: day,
  programme: "ntm",
  category: "cash",
  amount: "",
  item: "",
  quantity: "",
  unit: "",
  workKind: "",
  basis: "price-list",
  unitValue: "",
  declaredValue: "",
  status: "delivered",
  note: "",
})

/** Who gives: the agency signed in. */
export interface ProviderRef {
  readonly kind: "agency" | "enterprise" | "organisation" | "community"
  readonly id: string
}

/** The catalogue items of a category (in-kind categories list theirs; cash is the cash item). */
export const itemsOf = (category: string): ReadonlyArray<Catalogue.CatalogueItem> =>
  Catalogue.standardCatalogue.items.filter((i) => i.category === category)

/** The units a line of an item may use (base unit first), none for an unknown item. */
export const unitsOfItem = (item: string): ReadonlyArray<string> => {
  const found = Catalogue.findItem(Catalogue.standardCatalogue, item)
  return found === undefined ? [] : Catalogue.unitsOf(found)
}

/** The name of a unit of measure in a language (its code when the catalogue lacks it). */
export const unitLabel = (code: string, lang: "vi" | "en"): string =>
  Catalogue.findUnit(Catalogue.standardCatalogue, code)?.name[lang] ?? code

const CASH_ITEM = "tien-mat"

/** Where each request path is typed; for cash the quantity and value are the amount field. */
export const contributionFieldOf = (category: string) =>
  byPrefix([
    [["provider"], "providerName"],
    [["commune"], "commune"],
    [["date"], "date"],
    [["programme"], "programme"],
    [["category"], "category"],
    [["item"], category === "cash" ? "category" : "item"],
    [["quantity"], category === "cash" ? "amount" : "quantity"],
    [["unit"], category === "cash" ? "amount" : "unit"],
    [["workKind"], "workKind"],
    [["valuation"], "basis"],
    [["valuation", "unitValue"], "unitValue"],
    [["value"], category === "cash" ? "amount" : "unitValue"],
    [["declaredValue"], "declaredValue"],
    [["status"], "status"],
    [["note"], "note"],
  ])

/**
 * The request of a filled form, checked with the API's Schema (`NewContribution`) plus exact money reading: every
 * problem is reported beside its field.
 *
 * @example
 * contributionRequest({ ...emptyContribution("2024-10-01"), providerName: "Sở X", commune: "02746", amount: "5.000.000" },
 *   { kind: "agency", id: "so-x" })
 * // { ok: true, value: …, body: { …, category: "cash", item: "tien-mat", quantity: "5000000", unit: "dong" } }
 */
export const contributionRequest = (
  form: ContributionForm,
  provider: ProviderRef,
): Checked<typeof NewContribution.Type> => {
  const cash = form.category === "cash"
  const extra: Array<Problem.Problem> = []
  const money = (path: Problem.Path, text: string, required: boolean): string | undefined => {
    if (!required && text.trim() === "") return undefined
    const r = parseDong(text)
    if (r.ok) return r.digits
    extra.push(Problem.error(path, r.rule, "whole đồng"))
    return undefined
  }
  const amount = cash ? money(["quantity"], form.amount, true) : undefined
  const ownValue = !cash && form.basis !== "price-list"
  const unitValue = ownValue ? money(["valuation", "unitValue"], form.unitValue, true) : undefined
  const declaredValue = money(["declaredValue"], form.declaredValue, false)
  const body = {
    provider: { kind: provider.kind, id: provider.id, name: form.providerName.trim() },
    ...present("commune", form.commune),
    ...present("date", form.date),
    ...present("programme", form.programme),
    ...present("category", form.category),
    ...(cash ? { item: CASH_ITEM } : present("item", form.item)),
    // A placeholder keeps the Schema from naming the same field twice when the money text was refused above.
    ...(cash ? { quantity: amount ?? "0" } : present("quantity", form.quantity)),
    ...(cash ? { unit: "dong" } : present("unit", form.unit)),
    ...(cash ? {} : present("workKind", form.workKind)),
    ...(ownValue ? { valuation: { basis: form.basis, unitValue: unitValue ?? "0" } } : {}),
    ...(declaredValue === undefined ? {} : { declaredValue }),
    ...present("status", form.status),
    ...present("note", form.note),
  }
  return checkWith(NewContribution, contributionFieldOf(form.category))(body, extra)
}
