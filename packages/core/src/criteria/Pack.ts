/** Pack (bộ tiêu chí): one legal criteria set as data — its legal basis, columns and criteria → indicators tree. */
import { Schema } from "effect"
import { IsoDate } from "../shared/IsoDate.ts"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { ColumnScheme } from "./Column.ts"
import { Criterion } from "./Criterion.ts"
import { Provenance, Source } from "./Source.ts"

/** Administrative level a pack assesses (cấp): commune (xã), village (thôn/bản), district (huyện). */
export const Level = Schema.Literals(["commune", "village", "district"])
export type Level = typeof Level.Type

/** Tier (mức): NTM (nông thôn mới), advanced (nâng cao), model (kiểu mẫu). */
export const Tier = Schema.Literals(["ntm", "advanced", "model"])
export type Tier = typeof Tier.Type

/** Legal basis (căn cứ pháp lý): a decision, the part of it used, its date and issuer where known. */
export const LegalBasis = Schema.Struct({
  /** Decision number as written, e.g. "318/QĐ-TTg". */
  document: Schema.NonEmptyString,
  /** The part used, e.g. "Phụ lục I". */
  part: Schema.optionalKey(Schema.NonEmptyString),
  /** Absent when no source gives the exact date. */
  date: Schema.optionalKey(IsoDate),
  issuer: LocalizedText,
  provenance: Provenance,
})
export type LegalBasis = typeof LegalBasis.Type

/**
 * Pack (bộ tiêu chí). Packs are data: they encode to JSON and decode back (`Schema.encodeSync(Pack)`), and a
 * province authors one as a file. `family` groups packs whose criterion and indicator codes mean the same thing
 * (a national set, its provincial overlays and fill-ins), so two evaluations under one family compare code by code.
 * `declared` holds counts a source states (e.g. 10 criteria, 47 indicators) even where the items are unknown.
 */
export const Pack = Schema.Struct({
  format: Schema.Literal("ntm-pack/1"),
  id: Schema.NonEmptyString,
  family: Schema.NonEmptyString,
  title: LocalizedText,
  level: Level,
  tier: Tier,
  period: Schema.Struct({ from: Schema.Int, to: Schema.Int }),
  legalBasis: Schema.NonEmptyArray(LegalBasis),
  /** Absent when the source gives no exact date. */
  effectiveFrom: Schema.optionalKey(IsoDate),
  effectiveTo: Schema.optionalKey(IsoDate),
  columns: ColumnScheme,
  declared: Schema.optionalKey(
    Schema.Struct({
      criteria: Schema.optionalKey(Schema.Int),
      indicators: Schema.optionalKey(Schema.Int),
      source: Schema.optionalKey(Schema.NonEmptyString),
    }),
  ),
  sources: Schema.Array(Source),
  notes: Schema.Array(Schema.NonEmptyString),
  /** Set by overlay resolution: the ids of the base pack and the overlays applied, in order. */
  composedOf: Schema.optionalKey(Schema.Array(Schema.NonEmptyString)),
  criteria: Schema.Array(Criterion),
})
export type Pack = typeof Pack.Type

declare const ValidPackBrand: unique symbol

/**
 * A pack (bộ tiêu chí) that passed `validatePack` (or was built by resolving validated overlays). Only a valid pack evaluates.
 */
export type ValidPack = Pack & { readonly [ValidPackBrand]: true }

/** Brands a pack as valid. Internal: only the validator and overlay resolution call it. */
export const unsafeValid = (pack: Pack): ValidPack => pack as ValidPack

/**
 * Encodes a pack to its JSON-ready form (money as decimal strings).
 *
 * @example
 * ```ts
 * import { encodePack, Packs, validatePack } from "@ntm/core/criteria"
 * // JSON-ready (amounts as decimal strings), and it validates back to a pack
 * validatePack(JSON.parse(JSON.stringify(encodePack(Packs.qd318PhuLucI)))).ok // => true
 * ```
 */
export const encodePack = (pack: Pack): typeof Pack.Encoded => Schema.encodeSync(Pack)(pack)
