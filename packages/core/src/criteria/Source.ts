/** Where a fact comes from: the source table a pack carries and the reference each threshold makes into it. */
import { Schema } from "effect"

/**
 * How far a value has been checked (trạng thái nguồn):
 * - `verified-primary` — read in the official text of the decision;
 * - `secondary` — stated by a secondary source (news, a legal Q&A site, a provincial copy); not checked against
 *   the primary text;
 * - `unverified` — seen without a citable source; kept only as a lead;
 * - `operator-fill-in` — supplied by an operator who holds the primary text, with their citation;
 * - `demo-fill-in` — illustrative value for demonstrations; never real.
 *
 * A value that is not known at all is **absent**: there is no threshold, never a guessed one.
 */
export const SourceStatus = Schema.Literals([
  "verified-primary",
  "secondary",
  "unverified",
  "operator-fill-in",
  "demo-fill-in",
])
export type SourceStatus = typeof SourceStatus.Type

/**
 * True when a result resting on a value with this status must be marked provisional.
 *
 * @example
 * ```ts
 * import { isProvisional } from "@ntm/core/criteria"
 * isProvisional("verified-primary") // => false
 * isProvisional("demo-fill-in") // => true
 * ```
 */
export const isProvisional = (status: SourceStatus): boolean => status !== "verified-primary"

/** One entry in a pack's source table (nguồn), e.g. `{ id: "S5", description: "VnEconomy on 318/QĐ-TTg" }`. */
export const Source = Schema.Struct({
  id: Schema.NonEmptyString,
  description: Schema.NonEmptyString,
  url: Schema.optionalKey(Schema.NonEmptyString),
})
export type Source = typeof Source.Type

/** A reference from a value to one or more entries of the source table (nguồn), with an optional note. */
export const SourceRef = Schema.Struct({
  ids: Schema.NonEmptyArray(Schema.NonEmptyString),
  note: Schema.optionalKey(Schema.NonEmptyString),
})
export type SourceRef = typeof SourceRef.Type

/** Provenance (nguồn, trạng thái nguồn) of a structural fact (a criterion's name, an indicator's wording): its status and sources. */
export const Provenance = Schema.Struct({
  status: SourceStatus,
  source: Schema.optionalKey(SourceRef),
  note: Schema.optionalKey(Schema.NonEmptyString),
})
export type Provenance = typeof Provenance.Type
