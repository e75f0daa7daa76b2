/** The stored contribution line (dòng đóng góp): core's line plus where it is, who recorded it, and its correction links. */
import { UnitCode } from "@ntm/core"
import { Contribution } from "@ntm/core/contributions"
import { Schema } from "effect"

/**
 * A contribution record: core's `Contribution` plus attributes the keys and the policy need:
 * - `province`, `district` — where the receiving commune lay on the line's date (from the units registry), so the
 *   policy decides without another read;
 * - `year` (of `date`) and `providerId` (= `provider.id`), flat because key templates take top-level attributes;
 * - `recordedAt`, `recordedBy` — when and by whom it was recorded;
 * - `correctionOf` — the line this one corrects; `correctedBy` — set on a voided line when a correction replaced it.
 */
export const ContributionRecord = Schema.Struct({
  ...Contribution.Contribution.fields,
  province: UnitCode.UnitCode,
  district: Schema.optionalKey(UnitCode.UnitCode),
  year: Schema.String,
  providerId: Schema.String,
  recordedAt: Schema.String,
  recordedBy: Schema.String,
  correctionOf: Schema.optionalKey(Schema.String),
  correctedBy: Schema.optionalKey(Schema.String),
})
export type ContributionRecord = typeof ContributionRecord.Type
