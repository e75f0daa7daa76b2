/** Helping organisations and people (cơ quan, đơn vị, doanh nghiệp giúp đỡ xã; thành viên ban chỉ đạo). */
import { Schema } from "effect"
import { validator } from "../plans/Validated.ts"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { error, type Problem } from "../shared/Problem.ts"

/**
 * Kind of helper:
 * - `agency` — a provincial department, unit or mass organisation (cơ quan, đơn vị);
 * - `enterprise` — a company or bank branch acting as a business (doanh nghiệp);
 * - `steering-committee-member` — a member of a district steering committee (thành viên BCĐ huyện).
 */
export const HelperKind = Schema.Literals(["agency", "enterprise", "steering-committee-member"])
export type HelperKind = typeof HelperKind.Type

/** Identifier of a helper (bên giúp đỡ), chosen by the caller. */
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

/**
 * Rules for a list of helpers: unique ids; `memberOf` names a listed organisation (not a person).
 *
 * @example
 * ```ts
 * import { Helper } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * const helpers = LaoCaiAssignments.demoHelpers
 * Helper.helperProblems(helpers) // => []
 * Helper.helperProblems([...helpers, ...helpers.slice(0, 1)]).map((p) => p.rule) // => ["helper.duplicate-id"]
 * ```
 */
export const helperProblems = (helpers: ReadonlyArray<Helper>): Array<Problem> => {
  const problems: Array<Problem> = []
  const byId = new Map<string, Helper>()
  helpers.forEach((h, i) => {
    if (byId.has(h.id)) problems.push(error([i, "id"], "helper.duplicate-id", `id ${h.id} is used twice`))
    byId.set(h.id, h)
  })
  helpers.forEach((h, i) => {
    if (h.memberOf === undefined) return
    const org = byId.get(h.memberOf)
    if (org === undefined)
      problems.push(error([i, "memberOf"], "helper.unknown-organisation", `no helper ${h.memberOf}`))
    else if (org.kind === "steering-committee-member") {
      problems.push(
        error([i, "memberOf"], "helper.member-of-person", "a helper can be a member of an organisation only"),
      )
    }
  })
  return problems
}

/**
 * Decodes and checks a list of helpers, reporting every problem.
 *
 * @example
 * ```ts
 * import { Helper } from "@ntm/core/assignments"
 * const r = Helper.validateHelpers([{ id: "agency-a", kind: "agency", name: { vi: "Cơ quan A", en: "Agency A" }, memberOf: "agency-x" }])
 * r.problems.map((p) => p.rule) // => ["helper.unknown-organisation"]
 * ```
 */
export const validateHelpers = validator(Schema.Array(Helper), helperProblems)
