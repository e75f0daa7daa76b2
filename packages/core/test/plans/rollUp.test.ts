/** Roll-ups: sums for counts and money, commune-weighted means for averages, for any hierarchy; re-basing keeps totals. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { tallyTree } from "../../src/plans/FactsRollUp.ts"
import { hierarchyFromLinks } from "../../src/plans/Inputs.ts"
import { yearPeriod } from "../../src/plans/Period.ts"
import { leavesAt, type RollUpNode, rebase, rollUp } from "../../src/plans/RollUp.ts"
import { atLeast, combine, combineAll, empty, meanCriteria, type Tally } from "../../src/plans/Tally.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { type UnitCode, unitCode } from "../../src/shared/UnitCode.ts"
import { communeTallyArb, tier, treeArb } from "./arbitraries.ts"

const date = isoDate("2024-12-31")

const nodes = (n: RollUpNode): Array<RollUpNode> => [n, ...n.children.flatMap(nodes)]

describe("Tally monoid", () => {
  it("combine is associative and commutative with empty as identity", () => {
    fc.assert(
      fc.property(communeTallyArb, communeTallyArb, communeTallyArb, (a, b, c) => {
        expect(combine(a, combine(b, c))).toEqual(combine(combine(a, b), c))
        expect(combine(a, b)).toEqual(combine(b, a))
        expect(combine(a, empty)).toEqual(a)
      }),
    )
  })
})

describe("rollUp", () => {
  it("every node's tally is the sum of the leaves under it, for any hierarchy", () => {
    fc.assert(
      fc.property(treeArb, fc.array(communeTallyArb, { minLength: 40, maxLength: 40 }), (tree, leafTallies) => {
        const byCode = new Map<UnitCode, Tally>(tree.codes.map((c, k) => [c, leafTallies[k]!]))
        const result = rollUp(tree.hierarchy, tree.root, date, (u) => byCode.get(u)!)
        // independent oracle: the leaves below node k from the parent array
        const below = (k: number): Array<number> => {
          const kids = tree.parents.flatMap((p, j) => (p === k ? [j] : []))
          return kids.length === 0 ? [k] : kids.flatMap(below)
        }
        for (const node of nodes(result)) {
          const k = tree.codes.indexOf(node.unit)
          const leaves = below(k)
          const tally = node.tally
          expect(tally).toEqual(combineAll(leaves.map((j) => leafTallies[j]!)))
          // counts are sums
          expect(tally.communes).toBe(leaves.length)
          expect(atLeast(tally, "ntm")).toBe(leaves.reduce((s, j) => s + atLeast(leafTallies[j]!, "ntm"), 0))
          expect(tally.money).toBe(leaves.reduce((s, j) => s + leafTallies[j]!.money, 0n))
          // the mean is weighted by communes: sum of criteria over assessed communes
          const assessed = leaves.filter((j) => leafTallies[j]!.assessed === 1)
          const mean = meanCriteria(tally)
          if (assessed.length === 0) expect(mean).toBeUndefined()
          else
            expect(mean).toBeCloseTo(assessed.reduce((s, j) => s + leafTallies[j]!.criteriaMet, 0) / assessed.length, 9)
          // and equals the children's means weighted by their assessed counts
          if (node.children.length > 0 && mean !== undefined) {
            const weighted = node.children.reduce((s, c) => s + (meanCriteria(c.tally) ?? 0) * c.tally.assessed, 0)
            expect(mean).toBeCloseTo(weighted / tally.assessed, 9)
          }
        }
        expect(leavesAt(tree.hierarchy, tree.root, date).sort()).toEqual(
          below(0)
            .map((j) => tree.codes[j]!)
            .sort(),
        )
      }),
    )
  })

  it("does not average the averages: a big district weighs more than a small one", () => {
    const links = [
      { unit: unitCode("082"), parent: unitCode("10"), validFrom: isoDate("2021-01-01") },
      { unit: unitCode("083"), parent: unitCode("10"), validFrom: isoDate("2021-01-01") },
      { unit: unitCode("02686"), parent: unitCode("082"), validFrom: isoDate("2021-01-01") },
      { unit: unitCode("02689"), parent: unitCode("082"), validFrom: isoDate("2021-01-01") },
      { unit: unitCode("02692"), parent: unitCode("082"), validFrom: isoDate("2021-01-01") },
      { unit: unitCode("02752"), parent: unitCode("083"), validFrom: isoDate("2021-01-01") },
    ]
    const assessedWith = (met: number): Tally => ({
      ...empty,
      communes: 1,
      assessed: 1,
      criteriaMet: met,
      minCriteriaMet: met,
    })
    const tallies = new Map<string, Tally>([
      ["02686", assessedWith(10)],
      ["02689", assessedWith(10)],
      ["02692", assessedWith(10)],
      ["02752", assessedWith(18)],
    ])
    const root = rollUp(hierarchyFromLinks(links), unitCode("10"), date, (u) => tallies.get(u) ?? empty)
    expect(meanCriteria(root.tally)).toBe(12) // (10+10+10+18)/4, not (10+18)/2 = 14
    expect(root.tally.minCriteriaMet).toBe(10)
  })

  it("uses the hierarchy in force on the date", () => {
    const links = [
      {
        unit: unitCode("02872"),
        parent: unitCode("085"),
        validFrom: isoDate("2021-01-01"),
        validTo: isoDate("2024-11-01"),
      },
      { unit: unitCode("02839"), parent: unitCode("085"), validFrom: isoDate("2021-01-01") },
    ]
    const h = hierarchyFromLinks(links)
    const one: Tally = { ...empty, communes: 1 }
    expect(rollUp(h, unitCode("085"), isoDate("2024-10-31"), () => one).tally.communes).toBe(2)
    expect(rollUp(h, unitCode("085"), isoDate("2024-11-01"), () => one).tally.communes).toBe(1)
  })

  it("refuses a cycle", () => {
    const h = hierarchyFromLinks([
      { unit: unitCode("082"), parent: unitCode("083"), validFrom: isoDate("2021-01-01") },
      { unit: unitCode("083"), parent: unitCode("082"), validFrom: isoDate("2021-01-01") },
    ])
    expect(() => rollUp(h, unitCode("082"), date, () => empty)).toThrow(RangeError)
  })
})

describe("rebase", () => {
  it("preserves totals: new units plus unmapped old units add up to the old units", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(communeTallyArb, fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined })), {
          maxLength: 30,
        }),
        (rows) => {
          const old = new Map<UnitCode, Tally>(rows.map(([t], i) => [unitCode(String(20000 + i)), t]))
          const target = new Map(
            rows.map(([, m], i) => [String(20000 + i), m === undefined ? undefined : unitCode(String(30000 + m))]),
          )
          const r = rebase(old, (u) => target.get(u))
          const kept = combineAll(r.tallies.values())
          const dropped = combineAll(r.unmapped.map((u) => old.get(u)!))
          expect(combine(kept, dropped)).toEqual(combineAll(old.values()))
          for (const [newUnit, t] of r.tallies) {
            const preds = [...old.keys()].filter((u) => target.get(u) === newUnit)
            expect(t).toEqual(combineAll(preds.map((u) => old.get(u)!)))
          }
        },
      ),
    )
  })
})

describe("tallyTree over generated statuses", () => {
  it("each node counts, sums and averages exactly the assessed communes under it", () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.option(fc.tuple(tier, fc.integer({ min: 0, max: 19 }), fc.boolean()), { nil: undefined }), {
          minLength: 40,
          maxLength: 40,
        }),
        (tree, facts) => {
          // a commune may have a 2024 status, a 2023 status (not the period's year), or none
          const statuses = tree.codes.flatMap((unit, k) => {
            const f = facts[k]
            if (f === undefined) return []
            const [t, met, thisYear] = f
            const criteria = Array.from({ length: 19 }, (_, i) => ({
              key: `c${i}`,
              result: i < met ? ("pass" as const) : ("fail" as const),
            }))
            return [
              {
                unit,
                year: thisYear ? 2024 : 2023,
                packId: "p",
                tier: t,
                criteriaMet: met,
                criteriaTotal: 19,
                indeterminate: 0,
                criteria,
              },
            ]
          })
          const inputs = {
            hierarchy: tree.hierarchy,
            statuses,
            villages: [],
            money: () => 1n,
            statusPolicy: "same-year" as const,
          }
          const result = tallyTree(inputs, tree.root, yearPeriod(2024))
          for (const node of nodes(result)) {
            const leaves = leavesAt(tree.hierarchy, node.unit, date)
            const mine = statuses.filter((s) => s.year === 2024 && leaves.includes(s.unit))
            expect(node.tally.communes).toBe(leaves.length)
            expect(node.tally.assessed).toBe(mine.length)
            expect(node.tally.money).toBe(BigInt(leaves.length))
            expect(atLeast(node.tally, "advanced")).toBe(
              mine.filter((s) => s.tier === "advanced" || s.tier === "model").length,
            )
            const mean = meanCriteria(node.tally)
            if (mine.length === 0) expect(mean).toBeUndefined()
            else expect(mean).toBeCloseTo(mine.reduce((s, x) => s + x.criteriaMet, 0) / mine.length, 9)
            expect(node.tally.minCriteriaMet).toBe(
              mine.length === 0 ? undefined : Math.min(...mine.map((s) => s.criteriaMet)),
            )
          }
        },
      ),
    )
  })
})
