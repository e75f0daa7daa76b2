/** Helping organisations and people (cơ quan, đơn vị, doanh nghiệp giúp đỡ xã; thành viên ban chỉ đạo). */
import { Schema } from "effect"
import { LocalizedText } from "../shared/LocalizedText.ts"

/**
 * Kind of helper:
 * - `agency` — a provincial department, unit or mass organisation (cơ quan, đơn vị);
 * - `enterprise` — a company or bank branch acting as a business (doanh nghiệp);
 * - `steering-committee-member` — a member of a district steering committee (thành viên BCĐ huyện).
 */
export const HelperKind = Schema.Literals(["agency", "enterprise", "steering-committee-member"])
export type HelperKind = typeof HelperKind.Type

/** Identifier of a helper, chosen by the caller. */
export const HelperId = Schema.NonEmptyString.pipe(Schema.brand("HelperId"))
export type HelperId = typeof HelperId.Type

/** A helper (bên giúp đỡ): who is assigned to help communes. */
export const Helper = Schema.Struct({
  id: HelperId,
  kind: HelperKind,
  name: LocalizedText,
  /** For a person (a leader or a committee member): the organisation they belong to. */
  memberOf: Schema.optionalKey(HelperId),
})
export type Helper = typeof Helper.Type
