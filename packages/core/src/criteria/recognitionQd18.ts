/**
 * Recognition eligibility under 18/2022/QĐ-TTg Art. 4(1) as amended by 03/2024/QĐ-TTg: the four conditions a
 * commune must meet to be recognised at a tier.
 */
import { Schema } from "effect"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { Outcome } from "./Evaluation.ts"
import { Tier } from "./Pack.ts"
import type { TierLadder } from "./tierLadder.ts"

/** What the caller knows about the three recognition (công nhận) conditions outside the criteria. Unknown stays undefined. */
export interface RecognitionFacts {
  /** True when the commune has outstanding capital-construction debt (nợ đọng XDCB) under the programme. */
  readonly capitalConstructionDebt?: boolean
  /**
   * Residents' satisfaction. The commune requirement is "as regulated" and no source gives its value, so only an
   * attested `meetsRequirement` decides it; a bare percentage stays indeterminate.
   */
  readonly satisfaction?: { readonly percent?: number; readonly meetsRequirement?: boolean }
  /** Meets the Ministry of Public Security standard "An toàn về an ninh, trật tự" (before 03/2024: "not complicated"). */
  readonly securityOrderStandard?: boolean
}

/** One recognition (công nhận) condition and its outcome. */
export const RecognitionCondition = Schema.Struct({
  code: Schema.Literals(["criteria", "no-capital-debt", "satisfaction", "security-order"]),
  label: LocalizedText,
  outcome: Outcome,
  note: Schema.optionalKey(Schema.String),
})
export type RecognitionCondition = typeof RecognitionCondition.Type

/** Recognition eligibility (đủ điều kiện công nhận) for a tier: `pass` only when all four conditions pass. */
export const RecognitionEligibility = Schema.Struct({
  tier: Tier,
  outcome: Outcome,
  conditions: Schema.Array(RecognitionCondition),
  basis: Schema.String,
})
export type RecognitionEligibility = typeof RecognitionEligibility.Type

const fromBoolean = (b: boolean | undefined): Outcome => (b === undefined ? "indeterminate" : b ? "pass" : "fail")

const rank: Readonly<Record<Tier | "none", number>> = { none: 0, ntm: 1, advanced: 2, model: 3 }

/**
 * Whether a commune may be recognised at `tier`: (1) every criterion of the applicable set met (the tier ladder
 * reaches it), (2) no outstanding capital-construction debt, (3) residents' satisfaction meets the requirement "as
 * regulated", (4) the security-and-order standard. Any fail → fail; else any unknown → indeterminate.
 *
 * @example
 * ```ts
 * import { recognitionEligibility } from "@ntm/core/criteria"
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * // The first ILLUSTRATIVE assessment (xã 02929, 2022) reached the advanced tier
 * const { ladder } = evaluateLaoCaiDemo().assessments[0]!
 * const attested = { capitalConstructionDebt: false, securityOrderStandard: true, satisfaction: { meetsRequirement: true } }
 * recognitionEligibility("ntm", ladder, attested).outcome // => "pass"
 * recognitionEligibility("ntm", ladder, { capitalConstructionDebt: true }).outcome // => "fail"
 * ```
 */
export const recognitionEligibility = (
  tier: Tier,
  ladder: TierLadder,
  facts: RecognitionFacts,
): RecognitionEligibility => {
  const upTo = ladder.steps.filter((s) => rank[s.tier] <= rank[tier])
  const criteria: Outcome =
    rank[ladder.reached] >= rank[tier] ? "pass" : upTo.some((s) => s.standard === "fail") ? "fail" : "indeterminate"
  const satisfaction = facts.satisfaction?.meetsRequirement
  const conditions: Array<RecognitionCondition> = [
    {
      code: "criteria",
      label: {
        vi: "Đạt đầy đủ các tiêu chí của bộ tiêu chí áp dụng",
        en: "Meets every criterion of the applicable set",
      },
      outcome: criteria,
    },
    {
      code: "no-capital-debt",
      label: { vi: "Không có nợ đọng xây dựng cơ bản", en: "No outstanding capital-construction debt" },
      outcome: fromBoolean(facts.capitalConstructionDebt === undefined ? undefined : !facts.capitalConstructionDebt),
    },
    {
      code: "satisfaction",
      label: {
        vi: "Tỷ lệ người dân hài lòng đạt yêu cầu theo quy định",
        en: "Residents' satisfaction meets the requirement as regulated",
      },
      outcome: fromBoolean(satisfaction),
      ...(satisfaction === undefined && facts.satisfaction?.percent !== undefined
        ? { note: "the commune satisfaction threshold is not sourced; a percentage alone cannot decide it" }
        : {}),
    },
    {
      code: "security-order",
      label: { vi: 'Đạt chuẩn "An toàn về an ninh, trật tự"', en: 'Meets the "safe in security and order" standard' },
      outcome: fromBoolean(facts.securityOrderStandard),
    },
  ]
  const outcome: Outcome = conditions.some((c) => c.outcome === "fail")
    ? "fail"
    : conditions.every((c) => c.outcome === "pass")
      ? "pass"
      : "indeterminate"
  return { tier, outcome, conditions, basis: "18/2022/QĐ-TTg Art. 4(1), as amended by 03/2024/QĐ-TTg [S9][S10][S34]" }
}
