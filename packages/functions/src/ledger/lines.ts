/** Building a stored line from a request: place the commune, value it with the price list in force, validate it with core. */
import {
  type ContributionRecord,
  InvalidRequest,
  type NewContribution,
  type ProblemEntry,
  type Unavailable,
} from "@ntm/api"
import type { IsoDate } from "@ntm/core"
import type { Principal } from "@ntm/core/authz"
import { subjectOf } from "@ntm/core/authz"
import { type Contribution, Validation, Valuation } from "@ntm/core/contributions"
import { Effect } from "effect"
import type { Dynamo } from "../table/Dynamo.ts"
import { priceListInForce } from "../table/ledgerQueries.ts"
import { type LedgerReferenceShape, placeOf, unitsAtDate } from "./reference.ts"

/** Rule ids the API adds to core's. */
export const rules = {
  communeUnknown: "contribution.commune.not-existing-on-date",
  noPriceList: "contribution.price-list.none-in-force",
} as const

const invalidLine = (problems: ReadonlyArray<ProblemEntry>) =>
  new InvalidRequest({
    detail: "The contribution breaks the ledger's rules",
    errors: problems.map((p) => ({ ...p, path: ["payload", ...p.path] })),
  })

/** The history actor of a principal: the receiving commune for its officials, otherwise the office recording. */
export const actorOf = (principal: Principal): Contribution.Actor =>
  principal.role === "commune-official"
    ? { kind: "commune", id: principal.commune }
    : { kind: "office", id: subjectOf(principal) }

/** Where a new line is located, or a 400 naming the commune when the registry has no such commune on the date. */
export const placeLine = (
  ref: LedgerReferenceShape,
  commune: Contribution.Contribution["commune"],
  date: IsoDate.IsoDate,
) => {
  const place = placeOf(ref, commune, date)
  return place === undefined
    ? Effect.fail(
        invalidLine([
          {
            severity: "error",
            path: ["commune"],
            rule: rules.communeUnknown,
            message: `commune ${commune} did not exist on ${date}`,
          },
        ]),
      )
    : Effect.succeed({ ...place, commune })
}

/**
 * The stored line for a request: core's `revalue` with the province's price list in force on the line's date (cash
 * needs none: face value), then core's `check`. Any error → 400 listing every problem (with the warnings).
 */
export const buildLine = (
  ref: LedgerReferenceShape,
  payload: typeof NewContribution.Type,
  base: {
    readonly id: string
    readonly province: string
    readonly district?: string
    readonly principal: Principal
    readonly recordedAt: string
    readonly correctionOf?: string
  },
): Effect.Effect<ContributionRecord, InvalidRequest | Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const { value: sentValue, evidence, status, ...fields } = payload
    const line: ContributionRecord = {
      ...fields,
      id: base.id,
      evidence: evidence ?? [],
      status,
      history: [{ status, date: payload.date, by: actorOf(base.principal) }],
      province: base.province as ContributionRecord["province"],
      ...(base.district === undefined ? {} : { district: base.district as ContributionRecord["province"] }),
      year: payload.date.slice(0, 4),
      providerId: payload.provider.id,
      recordedAt: base.recordedAt,
      recordedBy: subjectOf(base.principal),
      ...(base.correctionOf === undefined ? {} : { correctionOf: base.correctionOf }),
    }
    const inForce = yield* priceListInForce(base.province, payload.date)
    if (inForce === undefined && payload.category !== "cash") {
      return yield* invalidLine([
        {
          severity: "error",
          path: ["date"],
          rule: rules.noPriceList,
          message: `province ${base.province} has no price list in force on ${payload.date}`,
        },
      ])
    }
    // Cash is valued at face value on whole đồng (fractional cash is an error below), so neither the rounding nor the
    // tolerance can matter for it; they come from the province's price list whenever one is in force.
    const list = inForce?.value
    const rounding = list?.rounding ?? "half-up"
    const valued = Valuation.revalue(line, {
      catalogue: ref.catalogue,
      priceList: list ?? { id: "none", province: line.province, name: { vi: "", en: "" }, entries: [] },
      rounding,
      tolerancePercent: list?.tolerancePercent ?? 0,
      ...(ref.zoneOf === undefined ? {} : { zoneOf: ref.zoneOf }),
    })
    const problems: Array<ProblemEntry> = [
      ...valued.problems,
      ...Validation.check(valued.line, { catalogue: ref.catalogue, units: unitsAtDate(ref), rounding }),
    ]
    if (sentValue !== undefined && valued.line.value !== undefined && sentValue !== valued.line.value)
      problems.push({
        severity: "error",
        path: ["value"],
        rule: Valuation.rules.valueMismatch,
        message: `value ${sentValue} đồng differs from the valuation's ${valued.line.value} đồng`,
      })
    const unique = [...new Map(problems.map((p) => [`${p.path.join("/")}|${p.rule}`, p])).values()]
    if (unique.some((p) => p.severity === "error")) return yield* invalidLine(unique)
    return { ...line, ...valued.line } as ContributionRecord
  })
