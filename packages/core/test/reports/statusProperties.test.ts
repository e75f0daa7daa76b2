/** Properties: the status report's tables add up to the assessments — for generated communes, packs of 10 or 19 criteria, and two years. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type CommuneStatus, hierarchyFromLinks, type Tier } from "../../src/plans/Inputs.ts"
import { bands19, bandsFromCuts } from "../../src/reports/status/bands.ts"
import { statusReport } from "../../src/reports/status/statusReport.ts"
import { type Row, ratio, sheetById } from "../../src/reports/Table.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"

const YEAR = 2024
const tiers: ReadonlyArray<Tier> = ["none", "ntm", "advanced", "model"]
const results = ["pass", "fail", "indeterminate"] as const

const statusArb = (unit: string, year: number, total: number) =>
  fc
    .record({
      tier: fc.constantFrom(...tiers),
      results: fc.array(fc.constantFrom(...results), { minLength: total, maxLength: total }),
    })
    .map(
      ({ tier, results: rs }): CommuneStatus => ({
        unit: unitCode(unit),
        year,
        packId: `pack-${total}`,
        tier,
        criteriaMet: rs.filter((r) => r === "pass").length,
        criteriaTotal: total,
        indeterminate: rs.filter((r) => r === "indeterminate").length,
        criteria: rs.map((result, k) => ({ key: `c${k + 1}`, result })),
      }),
    )

/** A province (10) with 1–3 districts, 1–15 communes, statuses for some communes in 2023 and 2024. */
const world = fc
  .record({
    total: fc.constantFrom(10, 19),
    communes: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 15 }),
  })
  .chain(({ total, communes }) => {
    const codes = communes.map((_, i) => String(20000 + i))
    const links = [
      // Only districts with communes: plans' roll-up treats a unit without children as a commune (a leaf).
      ...[...new Set(communes)]
        .map((k) => `80${1 + k}`)
        .map((d) => ({
          unit: unitCode(d),
          parent: unitCode("10"),
          validFrom: isoDate("2000-01-01"),
        })),
      ...codes.map((c, i) => ({
        unit: unitCode(c),
        parent: unitCode(`80${1 + communes[i]!}`),
        validFrom: isoDate("2000-01-01"),
      })),
    ]
    const statuses = fc
      .tuple(
        ...codes.map((c) => fc.tuple(fc.option(statusArb(c, YEAR - 1, total)), fc.option(statusArb(c, YEAR, total)))),
      )
      .map((pairs) => pairs.flat().filter((s): s is CommuneStatus => s !== null))
    return fc.record({ total: fc.constant(total), codes: fc.constant(codes), links: fc.constant(links), statuses })
  })

const sum = (rows: ReadonlyArray<Row>, key: string) => rows.reduce((n, r) => n + ((r[key] as number | null) ?? 0), 0)

describe("status report totals equal the assessments'", () => {
  it("tiers, bands, attainment, by unit, average and regressions", () => {
    fc.assert(
      fc.property(world, ({ total, codes, links, statuses }) => {
        const bands = total === 19 ? bands19 : bandsFromCuts(10, [10, 8, 5])
        const report = statusReport({
          year: YEAR,
          root: unitCode("10"),
          inputs: {
            hierarchy: hierarchyFromLinks(links),
            statuses,
            villages: [],
            money: () => 0n,
            statusPolicy: "same-year",
          },
          bands,
        })
        const current = statuses.filter((s) => s.year === YEAR)
        const assessed = current.length

        const tierSheet = sheetById(report, "tiers")
        expect(sum(tierSheet.rows, "communes")).toBe(codes.length)
        expect(tierSheet.totals[0]!.communes).toBe(codes.length)
        for (const [i, tier] of ["model", "advanced", "ntm", "none"].entries())
          expect(tierSheet.rows[i]!.communes).toBe(current.filter((s) => s.tier === tier).length)

        const bandSheet = sheetById(report, "bands")
        expect(bandSheet.rows).toHaveLength(bands.length) // bands cover the pack: nobody outside
        expect(sum(bandSheet.rows, "communes")).toBe(assessed)
        expect(bandSheet.totals[0]!.communes).toBe(assessed)

        const attainment = sheetById(report, "attainment").rows
        for (const row of attainment) {
          expect(row.pass as number).toBeLessThanOrEqual(assessed)
          expect((row.pass as number) + (row.fail as number) + (row.indeterminate as number)).toBe(assessed)
        }
        const met = current.reduce((n, s) => n + s.criteriaMet, 0)
        expect(sum(attainment, "pass")).toBe(met)
        expect(sum(attainment, "indeterminate")).toBe(current.reduce((n, s) => n + s.indeterminate, 0))

        const byUnit = sheetById(report, "by-unit")
        for (const k of ["communes", "assessed", "ntm", "advanced", "model"])
          expect(sum(byUnit.rows, k)).toBe(byUnit.totals[0]![k])
        expect(byUnit.totals[0]!.average).toEqual(assessed === 0 ? null : ratio(met, assessed))

        const lostTier = current.filter((s) => {
          const before = statuses.find((p) => p.unit === s.unit && p.year === YEAR - 1)
          return before !== undefined && tiers.indexOf(s.tier) < tiers.indexOf(before.tier)
        }).length
        const regressions = sheetById(report, "regressions").rows
        expect(regressions.filter((r) => r.tierLost !== null)).toHaveLength(lostTier)
      }),
      { numRuns: 200 },
    )
  })
})
