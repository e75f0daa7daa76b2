/** fast-check generators shared by the plans tests: tallies, statuses and random hierarchies. */
import fc from "fast-check"
import {
  type CommuneStatus,
  type CriterionResult,
  type Hierarchy,
  hierarchyFromLinks,
  type Tier,
} from "../../src/plans/Inputs.ts"
import type { Tally } from "../../src/plans/Tally.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { type UnitCode, unitCode } from "../../src/shared/UnitCode.ts"

export const tier: fc.Arbitrary<Tier> = fc.constantFrom("none", "ntm", "advanced", "model")
export const result: fc.Arbitrary<CriterionResult> = fc.constantFrom("pass", "fail", "indeterminate")

/** A leaf tally of one commune, assessed or not. */
export const communeTallyArb: fc.Arbitrary<Tally> = fc
  .record({
    assessed: fc.boolean(),
    tier,
    met: fc.integer({ min: 0, max: 19 }),
    ind: fc.integer({ min: 0, max: 19 }),
    vn: fc.nat(5),
    vm: fc.nat(5),
    rn: fc.nat(3),
    rm: fc.nat(3),
    money: fc.bigInt({ min: 0n, max: 10n ** 15n }),
  })
  .map((r) => ({
    communes: 1,
    assessed: r.assessed ? 1 : 0,
    tiers: {
      none: r.assessed && r.tier === "none" ? 1 : 0,
      ntm: r.assessed && r.tier === "ntm" ? 1 : 0,
      advanced: r.assessed && r.tier === "advanced" ? 1 : 0,
      model: r.assessed && r.tier === "model" ? 1 : 0,
    },
    criteriaMet: r.assessed ? r.met : 0,
    criteriaIndeterminate: r.assessed ? r.ind : 0,
    minCriteriaMet: r.assessed ? r.met : undefined,
    villages: { ntm: r.vn, model: r.vm },
    villagesRecognised: { ntm: r.rn, model: r.rm },
    money: r.money,
  }))

/** A random tree: node k's parent is some node before it; node 0 is the root. Codes are 5-digit. */
export interface GeneratedTree {
  readonly codes: ReadonlyArray<UnitCode>
  readonly parents: ReadonlyArray<number>
  readonly hierarchy: Hierarchy
  readonly root: UnitCode
}

export const treeArb: fc.Arbitrary<GeneratedTree> = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: n - 1, maxLength: n - 1 }),
    ),
  )
  .map(([n, rs]) => {
    const codes = Array.from({ length: n }, (_, k) => unitCode(String(10000 + k)))
    const parents = [-1, ...rs.map((r, i) => Math.floor(r * (i + 1)))]
    const links = parents.flatMap((p, k) =>
      p < 0 ? [] : [{ unit: codes[k]!, parent: codes[p]!, validFrom: isoDate("2021-01-01") }],
    )
    return { codes, parents, hierarchy: hierarchyFromLinks(links), root: codes[0]! }
  })

/** Two assessments of the same commune over the same criterion keys, with random results. */
export const statusPairArb: fc.Arbitrary<readonly [CommuneStatus, CommuneStatus]> = fc
  .uniqueArray(fc.constantFrom(...Array.from({ length: 25 }, (_, i) => `c${i + 1}`)), { maxLength: 25 })
  .chain((keys) =>
    fc
      .tuple(
        fc.array(result, { minLength: keys.length, maxLength: keys.length }),
        fc.array(result, { minLength: keys.length, maxLength: keys.length }),
        tier,
        tier,
        fc.boolean(),
      )
      .map(([a, b, ta, tb, dropSome]) => {
        const make = (year: number, results: ReadonlyArray<CriterionResult>, t: Tier, skip: boolean): CommuneStatus => {
          const criteria = keys.map((key, i) => ({ key, result: results[i]! })).filter((_, i) => !(skip && i % 3 === 0))
          return {
            unit: unitCode("02794"),
            year,
            packId: "pack",
            tier: t,
            criteriaMet: criteria.filter((c) => c.result === "pass").length,
            criteriaTotal: criteria.length,
            indeterminate: criteria.filter((c) => c.result === "indeterminate").length,
            criteria,
          }
        }
        return [make(2022, a, ta, false), make(2023, b, tb, dropSome)] as const
      }),
  )
