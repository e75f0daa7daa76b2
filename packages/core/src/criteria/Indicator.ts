/** Indicator (chỉ tiêu): one measurable line of a criterion, with its kind and its threshold cells. */
import { Schema } from "effect"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { Provenance } from "./Source.ts"
import { Threshold } from "./Threshold.ts"

/** Indicator kind (loại chỉ tiêu): how its value is measured and compared. See `ThresholdValue`. */
export const IndicatorKind = Schema.Literals(["pass-fail", "min-percent", "max-percent", "min-amount", "min-score"])
export type IndicatorKind = typeof IndicatorKind.Type

/**
 * Indicator (chỉ tiêu). `code` is stable across packs of one family; `codeSourced` says whether a source gives
 * this number (in 318 only 3.1 and 3.2 are sourced — other codes are the toolkit's own, e.g. `15.stunting`).
 * `delegated` marks an indicator the decision leaves to the province to specify (211/QĐ-TTg).
 */
export const Indicator = Schema.Struct({
  code: Schema.NonEmptyString,
  codeSourced: Schema.Boolean,
  name: LocalizedText,
  kind: IndicatorKind,
  /** Unit shown to people, e.g. "%", "VND/person/year", "points". */
  unit: Schema.optionalKey(Schema.NonEmptyString),
  /** Responsible ministry (bộ phụ trách), where a source names it. */
  ministry: Schema.optionalKey(LocalizedText),
  delegated: Schema.optionalKey(Schema.Boolean),
  provenance: Provenance,
  thresholds: Schema.Array(Threshold),
  note: Schema.optionalKey(Schema.NonEmptyString),
})
export type Indicator = typeof Indicator.Type
