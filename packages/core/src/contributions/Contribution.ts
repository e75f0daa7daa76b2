/** The contribution line: one piece of cash or in-kind help from a provider to a commune, with its valuation and status. */
import { Schema } from "effect"
import { Quantity } from "../money/Quantity.ts"
import { NonNegativeVnd } from "../money/Vnd.ts"
import { IsoDate } from "../shared/IsoDate.ts"
import type { LocalizedText } from "../shared/LocalizedText.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { Category } from "./catalogue.ts"

/**
 * Kind of provider (bên hỗ trợ): a state agency or unit (cơ quan, đơn vị), an enterprise (doanh nghiệp),
 * another organisation (tổ chức khác: mass organisations, funds, charities) or the community (cộng đồng, nhân dân).
 */
export const ProviderKind = Schema.Literals(["agency", "enterprise", "organisation", "community"])
export type ProviderKind = typeof ProviderKind.Type

/** The helping organisation (cơ quan, đơn vị, doanh nghiệp giúp đỡ xã) or community that gives the help. */
export const Provider = Schema.Struct({
  kind: ProviderKind,
  /** Stable id, assigned by the caller (core never makes ids). */
  id: Schema.NonEmptyString,
  name: Schema.NonEmptyString,
})
export type Provider = typeof Provider.Type

/**
 * The national target programme (chương trình mục tiêu quốc gia) the help is reported under:
 * new rural development (NTM), sustainable poverty reduction (giảm nghèo bền vững), socio-economic development
 * of ethnic-minority and mountain areas (phát triển KT-XH vùng đồng bào DTTS và miền núi), or other.
 */
export const Programme = Schema.Literals([
  "ntm",
  "sustainable-poverty-reduction",
  "ethnic-minority-development",
  "other",
])
export type Programme = typeof Programme.Type

/** Names of the programmes in Vietnamese and English. */
export const programmeNames: Readonly<Record<Programme, LocalizedText>> = {
  ntm: { vi: "Xây dựng nông thôn mới", en: "New rural development (NTM)" },
  "sustainable-poverty-reduction": { vi: "Giảm nghèo bền vững", en: "Sustainable poverty reduction" },
  "ethnic-minority-development": {
    vi: "Phát triển KT-XH vùng đồng bào DTTS và miền núi",
    en: "Ethnic-minority and mountain area development",
  },
  other: { vi: "Khác", en: "Other" },
}

/**
 * Where a unit value comes from (căn cứ quy đổi), after peers-and-practice.md §6.3:
 * - `face-value` — cash, counted at face value (1 đồng per đồng); only for the `cash` category;
 * - `price-list` — the province's price list in force on the line's date;
 * - `invoice` — an invoice or receipt (hóa đơn);
 * - `donor-declared` — the value the provider states, not checked against anything;
 * - `appraised` — set by an appraisal council (hội đồng định giá);
 * - `market-comparable` — the market price of an equivalent item.
 */
export const ValuationBasis = Schema.Literals([
  "face-value",
  "price-list",
  "invoice",
  "donor-declared",
  "appraised",
  "market-comparable",
])
export type ValuationBasis = typeof ValuationBasis.Type

/** How a line was valued (quy ra tiền): basis, unit value and the unit it is quoted per. */
export const Valuation = Schema.Struct({
  basis: ValuationBasis,
  /** Whole đồng per `unit`. */
  unitValue: NonNegativeVnd,
  /** The unit the unit value is quoted per, when it differs from the line's unit (e.g. a price per t, a line in kg). */
  unit: Schema.optionalKey(Schema.NonEmptyString),
  /** The price list used, for `price-list`. */
  priceListId: Schema.optionalKey(Schema.NonEmptyString),
  note: Schema.optionalKey(Schema.String),
})
export type Valuation = typeof Valuation.Type

/**
 * Status of a line (trạng thái): `pledged` (cam kết) → `delivered` (đã trao, declared by the provider) →
 * `confirmed` (xác nhận by the receiving commune); or `rejected` (từ chối) / `voided` (hủy) with a reason.
 * The rules are in `lifecycle.ts`.
 */
export const Status = Schema.Literals(["pledged", "delivered", "confirmed", "rejected", "voided"])
export type Status = typeof Status.Type

/** Who made a status (trạng thái) change: the provider, the receiving commune, or the office that keeps the ledger. */
export const Actor = Schema.Struct({
  kind: Schema.Literals(["provider", "commune", "office"]),
  id: Schema.NonEmptyString,
})
export type Actor = typeof Actor.Type

/** One status (trạng thái) change: a new fact, never an overwrite. */
export const StatusChange = Schema.Struct({
  status: Status,
  date: IsoDate,
  by: Actor,
  /** Required for `rejected` and `voided`. */
  reason: Schema.optionalKey(Schema.NonEmptyString),
})
export type StatusChange = typeof StatusChange.Type

/** A reference to evidence (chứng từ): a handover record, invoice, photo, minutes of an appraisal… */
export const EvidenceRef = Schema.Struct({
  kind: Schema.Literals(["handover-record", "invoice", "receipt", "appraisal-minutes", "photo", "document", "other"]),
  ref: Schema.NonEmptyString,
  description: Schema.optionalKey(Schema.String),
})
export type EvidenceRef = typeof EvidenceRef.Type

/**
 * A contribution line (dòng đóng góp, hỗ trợ): cash or in-kind help from one provider to one commune,
 * as quantity × unit value = value, with the evidence and the status history that make it count.
 *
 * `value` is the accepted value in đồng (computed by `valuation.ts`); `declaredValue` is what the provider
 * declared, kept beside it so the two can be compared and reconciled.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Contribution } from "@ntm/core/contributions"
 * const line = Schema.decodeUnknownSync(Contribution.Contribution)({
 *   id: "2022-0001", provider: { kind: "agency", id: "sbv-lao-cai", name: "NHNN chi nhánh Lào Cai" }, commune: "02794",
 *   date: "2022-09-15", programme: "ntm", category: "construction-material", item: "xi-mang",
 *   quantity: "20", unit: "t", valuation: { basis: "price-list", unitValue: "1500000" }, value: "30000000",
 *   evidence: [], status: "delivered",
 *   history: [{ status: "delivered", date: "2022-09-15", by: { kind: "provider", id: "sbv-lao-cai" } }],
 * })
 * line.value // => 30000000n
 * ```
 */
export const Contribution = Schema.Struct({
  id: Schema.NonEmptyString,
  provider: Provider,
  /** The receiving commune (xã được giúp đỡ), by its code as of `date`. */
  commune: UnitCode,
  /** The date the help was given (or pledged); selects the unit as of that date and the price in force. */
  date: IsoDate,
  programme: Programme,
  category: Category,
  /** Catalogue item code, e.g. `"xi-mang"`. */
  item: Schema.NonEmptyString,
  quantity: Quantity,
  /** Unit of `quantity`: the item's base unit or one the catalogue converts. */
  unit: Schema.NonEmptyString,
  /** For labour: the kind of work, which selects the labour rate (e.g. `"unskilled"`). */
  workKind: Schema.optionalKey(Schema.NonEmptyString),
  valuation: Schema.optionalKey(Valuation),
  /** Accepted value in whole đồng (giá trị quy ra tiền). */
  value: Schema.optionalKey(NonNegativeVnd),
  /** Value declared by the provider, in whole đồng. */
  declaredValue: Schema.optionalKey(NonNegativeVnd),
  evidence: Schema.Array(EvidenceRef),
  /** The current status: always the status of the last history entry. */
  status: Status,
  history: Schema.NonEmptyArray(StatusChange),
  note: Schema.optionalKey(Schema.String),
})
export type Contribution = typeof Contribution.Type
/** The JSON form of a contribution line (dòng đóng góp, hỗ trợ) (amounts and quantities as decimal strings). */
export type ContributionJson = typeof Contribution.Encoded
