/** Criterion (tiêu chí): a numbered line of a criteria set, its indicators and the rule combining them. */
import { Schema } from "effect"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { Indicator } from "./Indicator.ts"
import { Provenance } from "./Source.ts"

/**
 * Criterion (tiêu chí). `indicatorsComplete` is false when the sources name only some (or none) of its
 * indicators: such a criterion can fail (a known indicator fails) but never pass. `critical` marks the criteria
 * that weigh in the revocation rule of 18/2022/QĐ-TTg (income, environment, defence and security, …).
 * The combining rule is `all`: every indicator must pass.
 */
export const Criterion = Schema.Struct({
  code: Schema.NonEmptyString,
  number: Schema.Int,
  group: Schema.optionalKey(LocalizedText),
  name: LocalizedText,
  rule: Schema.Literal("all"),
  indicatorsComplete: Schema.Boolean,
  critical: Schema.optionalKey(Schema.Boolean),
  provenance: Provenance,
  indicators: Schema.Array(Indicator),
})
export type Criterion = typeof Criterion.Type
