/** The price-list form (bảng giá quy đổi): a list in force from a date, with its entries → `POST /v1/price-lists`. */
import { Problem } from "@ntm/core"
import { parseDong } from "./money.ts"
import { FORM, present } from "./problems.ts"
import { NewPriceList } from "./schemas.ts"
import { type Checked, checkWith } from "./validate.ts"

/** The typed fields of one entry (key `e<i>.<field>` in the form). */
export const ENTRY_FIELDS = ["item", "unit", "workKind", "unitValue", "validFrom", "validTo", "source"] as const
export type EntryField = (typeof ENTRY_FIELDS)[number]

/** The form key of an entry's field. */
export const entryKey = (i: number, field: EntryField): string => `e${i}.${field}`

/** Form keys of entries (for restoring a draft with any number of entries). */
export const ENTRY_KEY = /^e\d+\.[a-zA-Z]+$/u

/** An empty list in force from `day`, with one blank entry. `entries` holds the number of entry rows. */
export const emptyPriceList = (day: string): Record<string, string> => ({
  nameVi: "",
  nameEn: "",
  effectiveFrom: day,
  rounding: "half-up",
  tolerancePercent: "",
  entries: "1",
  ...blankEntry(0, day),
})

/** The keys of a blank entry `i`, valid from `day`. */
export const blankEntry = (i: number, day: string): Record<string, string> =>
  Object.fromEntries(ENTRY_FIELDS.map((f) => [entryKey(i, f), f === "validFrom" ? day : ""]))

/** The number of entry rows of a form. */
export const entryCount = (form: Readonly<Record<string, string>>): number => {
  const n = Number(form.entries ?? "0")
  return Number.isInteger(n) && n >= 0 ? n : 0
}

/** Where the request's paths are typed: `entries[i].x` → `e<i>.x`, `name.vi` → `nameVi`. */
export const priceListFieldOf = (path: Problem.Path): string | undefined => {
  const [head, a, b] = path
  if (head === "entries" && typeof a === "number") {
    return typeof b === "string" && (ENTRY_FIELDS as ReadonlyArray<string>).includes(b)
      ? entryKey(a, b as EntryField)
      : entryKey(a, "item")
  }
  if (head === "name") return a === "en" ? "nameEn" : "nameVi"
  if (head === "effectiveFrom" || head === "rounding" || head === "tolerancePercent") return head
  return head === undefined || head === "province" || head === "entries" ? FORM : undefined
}

/**
 * The request of a filled price-list form for `province`, checked with the API's Schema; unit values are read as
 * exact whole đồng.
 *
 * @example
 * priceListRequest({ ...emptyPriceList("2025-01-01"), nameVi: "Bảng giá 2025", … }, "10")
 */
export const priceListRequest = (
  form: Readonly<Record<string, string>>,
  province: string,
): Checked<typeof NewPriceList.Type> => {
  const extra: Array<Problem.Problem> = []
  const entries = Array.from({ length: entryCount(form) }, (_, i) => {
    const get = (f: EntryField) => form[entryKey(i, f)] ?? ""
    const money = parseDong(get("unitValue"))
    if (!money.ok) extra.push(Problem.error(["entries", i, "unitValue"], money.rule, "whole đồng"))
    return {
      ...present("item", get("item")),
      ...present("unit", get("unit")),
      ...present("workKind", get("workKind")),
      unitValue: money.ok ? money.digits : "0",
      ...present("validFrom", get("validFrom")),
      ...present("validTo", get("validTo")),
      ...present("source", get("source")),
    }
  })
  const tolerance = (form.tolerancePercent ?? "").trim()
  const body = {
    province,
    name: { vi: (form.nameVi ?? "").trim(), en: (form.nameEn ?? "").trim() },
    ...present("effectiveFrom", form.effectiveFrom ?? ""),
    ...present("rounding", form.rounding ?? ""),
    ...(tolerance === "" ? {} : { tolerancePercent: /^\d+$/u.test(tolerance) ? Number(tolerance) : tolerance }),
    entries,
  }
  return checkWith(NewPriceList, priceListFieldOf)(body, extra)
}

/** A stored list as a new form (to issue a revised list from a later date): its entries, typed back as text. */
export const priceListAsForm = (
  list: {
    readonly name: { readonly vi: string; readonly en: string }
    readonly rounding: string
    readonly tolerancePercent: number
    readonly entries: ReadonlyArray<{
      readonly item: string
      readonly unit: string
      readonly workKind?: string
      readonly unitValue: bigint
      readonly validFrom: string
      readonly validTo?: string
      readonly source: string
    }>
  },
  day: string,
): Record<string, string> => ({
  nameVi: list.name.vi,
  nameEn: list.name.en,
  effectiveFrom: day,
  rounding: list.rounding,
  tolerancePercent: String(list.tolerancePercent),
  entries: String(list.entries.length),
  ...Object.fromEntries(
    list.entries.flatMap((e, i) => [
      [entryKey(i, "item"), e.item],
      [entryKey(i, "unit"), e.unit],
      [entryKey(i, "workKind"), e.workKind ?? ""],
      [entryKey(i, "unitValue"), e.unitValue.toString()],
      [entryKey(i, "validFrom"), e.validFrom],
      [entryKey(i, "validTo"), e.validTo ?? ""],
      [entryKey(i, "source"), e.source],
    ]),
  ),
})
