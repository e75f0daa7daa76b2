/** A commune's classification flags (ĐBKK, safe zone, ethnic-minority area class) with their own effective dates. */
import { Schema } from "effect"
import { IsoDate } from "./IsoDate.ts"

/**
 * The kinds of classification that change which threshold column applies (318/QĐ-TTg Art. 1, widened by
 * 211/QĐ-TTg from 2024-03-01) or that reports count:
 * - `especially-difficult` — xã đặc biệt khó khăn (ĐBKK);
 * - `coastal-island-especially-difficult` — xã ĐBKK vùng bãi ngang ven biển và hải đảo;
 * - `safe-zone-poor-district` — xã an toàn khu (ATK) in a poor district or one that escaped poverty 2018–2020;
 * - `ethnic-minority-area` — xã thuộc vùng đồng bào dân tộc thiểu số và miền núi, with its class (khu vực I/II/III).
 */
export const ClassificationKind = Schema.Literals([
  "especially-difficult",
  "coastal-island-especially-difficult",
  "safe-zone-poor-district",
  "ethnic-minority-area",
])
export type ClassificationKind = typeof ClassificationKind.Type

/** Ethnic-minority and mountain area class (khu vực I, II, III) under QĐ 861/QĐ-TTg and its successors. */
export const AreaClass = Schema.Literals(["I", "II", "III"])
export type AreaClass = typeof AreaClass.Type

/** One classification flag (phân loại) held by a unit over a half-open date range [validFrom, validTo). */
export const Classification = Schema.Struct({
  kind: ClassificationKind,
  /** Only for `ethnic-minority-area`. */
  areaClass: Schema.optionalKey(AreaClass),
  validFrom: IsoDate,
  validTo: Schema.optionalKey(IsoDate),
  /** Legal basis, e.g. "QĐ 861/QĐ-TTg (04/06/2021)". */
  source: Schema.NonEmptyString,
})
export type Classification = typeof Classification.Type

/**
 * The classifications in force on a date.
 *
 * @example
 * ```ts
 * import { Classification, IsoDate } from "@ntm/core"
 * const flags: Array<Classification.Classification> = [
 *   { kind: "ethnic-minority-area", areaClass: "III", validFrom: IsoDate.isoDate("2021-06-04"), source: "QĐ 861/QĐ-TTg (04/06/2021)" },
 * ]
 * Classification.classificationsAt(flags, IsoDate.isoDate("2022-06-01")).map((c) => c.kind) // => ["ethnic-minority-area"]
 * Classification.classificationsAt(flags, IsoDate.isoDate("2021-01-01")) // => []
 * ```
 */
export const classificationsAt = (all: ReadonlyArray<Classification>, date: IsoDate): Array<Classification> =>
  all.filter((c) => c.validFrom <= date && (c.validTo === undefined || date < c.validTo))
