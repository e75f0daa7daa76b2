/** One import row → the JSON of a contribution line (for core to validate), and a core problem's path → its column. */
import { Contributions, Money, type Problem } from "@ntm/core"
import { decimalText } from "../table/cells.ts"
import { codeOf } from "./vocabulary.ts"

/** A row's cells by template column key (empty cells absent). */
export type RowCells = Readonly<Record<string, string>>

/** Who the CLI records as having voided a line ("office" in the status history). */
export const IMPORT_OFFICE = "ntm-cli-import"

/** A date cell as ISO: "2022-09-15" stays, "15/09/2022" becomes "2022-09-15"; anything else is left for core. */
export const dateText = (s: string): string => {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(s.trim())
  return m === null ? s.trim() : `${m[3]}-${m[2]?.padStart(2, "0")}-${m[1]?.padStart(2, "0")}`
}

/** A money cell as a decimal string of whole đồng: "1500000", "1.500.000" (vi) or "1,500,000" (en); else unchanged. */
export const moneyText = (s: string): string => {
  const v = s.trim()
  if (/^\d+$/u.test(v)) return v
  for (const language of ["vi", "en"] as const) {
    const p = Money.VndFormat.parse(v, language)
    if (p.ok) return p.value.toString()
  }
  return v
}

/**
 * A commune cell: a spreadsheet stores 02794 typed into a number cell as 2794, so four digits get their leading
 * zero back (commune codes have five digits; no valid code has four). Anything else is left for core.
 */
export const communeText = (s: string): string => (/^\d{4}$/u.test(s.trim()) ? `0${s.trim()}` : s.trim())

/** A quantity cell: "2.5" or "2,5"; else unchanged (core reports it). */
export const quantityText = (s: string): string => decimalText(s) ?? s.trim()

const history = (c: RowCells, status: string, date: string, commune: string, providerId: string) => {
  const at = c.status_date === undefined ? date : dateText(c.status_date)
  const reason = c.reason === undefined ? {} : { reason: c.reason }
  const byProvider = { kind: "provider", id: providerId }
  const byCommune = { kind: "commune", id: commune }
  switch (status) {
    case "pledged":
      return [{ status: "pledged", date, by: byProvider }]
    case "confirmed":
      return [
        { status: "delivered", date, by: byProvider },
        { status: "confirmed", date: at, by: byCommune },
      ]
    case "rejected":
      return [
        { status: "delivered", date, by: byProvider },
        { status: "rejected", date: at, by: byCommune, ...reason },
      ]
    case "voided":
      return [
        { status: "delivered", date, by: byProvider },
        { status: "voided", date: at, by: { kind: "office", id: IMPORT_OFFICE }, ...reason },
      ]
    default:
      return [{ status, date, by: byProvider }]
  }
}

/**
 * The line a row describes, as JSON for `Contributions.Validation.validate`. Defaults: programme `ntm`, the
 * category and unit of the catalogue item, status `delivered`; cash without a basis is counted at face value.
 * The status history is built from `status`, `status_date` and `reason`: delivered by the provider, then
 * confirmed or rejected by the receiving commune, or voided by the office.
 */
export const rowToLine = (c: RowCells, id: string, catalogue: Contributions.Catalogue.Catalogue): unknown => {
  const item = c.item ?? ""
  const entry = Contributions.Catalogue.findItem(catalogue, item)
  const category = c.category === undefined ? entry?.category : codeOf("category", c.category)
  const date = c.date === undefined ? "" : dateText(c.date)
  const commune = communeText(c.commune ?? "")
  const status = c.status === undefined ? "delivered" : codeOf("status", c.status)
  const providerId = c.provider_id ?? ""
  const quantity = c.quantity === undefined ? undefined : quantityText(c.quantity)
  const basis = c.valuation_basis === undefined ? undefined : codeOf("basis", c.valuation_basis)
  const cashDefault = category === "cash" && basis === undefined && c.unit_value === undefined
  const valuation =
    basis !== undefined || c.unit_value !== undefined
      ? {
          ...(basis === undefined ? {} : { basis }),
          ...(c.unit_value === undefined ? {} : { unitValue: moneyText(c.unit_value) }),
          ...(c.price_unit === undefined ? {} : { unit: c.price_unit }),
        }
      : cashDefault
        ? { basis: "face-value", unitValue: "1" }
        : undefined
  const value = c.value !== undefined ? moneyText(c.value) : cashDefault ? quantity : undefined
  return {
    id,
    provider: {
      kind: c.provider_kind === undefined ? undefined : codeOf("providerKind", c.provider_kind),
      id: providerId,
      name: c.provider_name ?? "",
    },
    commune,
    date,
    programme: c.programme === undefined ? "ntm" : codeOf("programme", c.programme),
    ...(category === undefined ? {} : { category }),
    item,
    ...(quantity === undefined ? {} : { quantity }),
    unit: c.unit ?? entry?.baseUnit ?? "",
    ...(c.work_kind === undefined ? {} : { workKind: c.work_kind }),
    ...(valuation === undefined ? {} : { valuation }),
    ...(value === undefined ? {} : { value }),
    ...(c.declared_value === undefined ? {} : { declaredValue: moneyText(c.declared_value) }),
    evidence:
      c.evidence_ref === undefined
        ? []
        : [
            {
              kind: c.evidence_kind === undefined ? "other" : codeOf("evidenceKind", c.evidence_kind),
              ref: c.evidence_ref,
            },
          ],
    status,
    history: history(c, status, date, commune, providerId),
    ...(c.note === undefined ? {} : { note: c.note }),
  }
}

const byField: Readonly<Record<string, string>> = {
  id: "id",
  commune: "commune",
  date: "date",
  programme: "programme",
  category: "category",
  item: "item",
  quantity: "quantity",
  unit: "unit",
  workKind: "work_kind",
  value: "value",
  declaredValue: "declared_value",
  status: "status",
  note: "note",
}

/**
 * The template column a core problem's path points at: `["quantity"]` → `quantity`, `["provider", "kind"]` →
 * `provider_kind`, `["valuation", "unitValue"]` → `unit_value`, `["history", 1, "reason"]` → `reason`.
 */
export const columnOfPath = (path: Problem.Path): string | undefined => {
  const [head, second, third] = path
  if (head === "provider")
    return second === "kind" ? "provider_kind" : second === "id" ? "provider_id" : "provider_name"
  if (head === "valuation")
    return second === "unitValue" ? "unit_value" : second === "unit" ? "price_unit" : "valuation_basis"
  if (head === "evidence") return third === "kind" ? "evidence_kind" : "evidence_ref"
  if (head === "history") {
    if (third === "reason") return "reason"
    if (third === "date") return second === 0 ? "date" : "status_date"
    return "status"
  }
  return typeof head === "string" ? byField[head] : undefined
}
