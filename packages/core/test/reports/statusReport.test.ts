/** The NTM status report on the illustrative plans demo and on real criteria evaluations; band rules. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Evaluation } from "../../src/criteria/Evaluation.ts"
import { evaluate } from "../../src/criteria/evaluate.ts"
import { qd318PhuLucI } from "../../src/criteria/packs/qd318PhuLucI.ts"
import { demoHierarchyLinks, demoStatuses, demoVillages, k } from "../../src/demo/laoCaiPlans.ts"
import { averageCriteria, minimumCriteria, ntmCommunes } from "../../src/demo/laoCaiTargets.ts"
import { communeStatus } from "../../src/integration/communeStatus.ts"
import { hierarchyFromLinks } from "../../src/plans/Inputs.ts"
import { bands19, bandsFromCuts, checkBands } from "../../src/reports/status/bands.ts"
import { statusReport } from "../../src/reports/status/statusReport.ts"
import { ratio, sheetById } from "../../src/reports/Table.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { laoCaiRegistry } from "../../src/units/data/laoCai.ts"
import { unitAt } from "../../src/units/Registry.ts"

const inputs = {
  hierarchy: hierarchyFromLinks(demoHierarchyLinks),
  statuses: demoStatuses,
  villages: demoVillages,
  money: () => 0n,
  statusPolicy: "same-year" as const,
}
const report = statusReport({
  year: 2024,
  root: unitCode("10"),
  inputs,
  targets: [ntmCommunes, averageCriteria, minimumCriteria],
  unitName: (code, date) => unitAt(laoCaiRegistry, code, date)?.name,
})

describe("status report on the illustrative Lào Cai plans demo (2024)", () => {
  it("counts communes by tier with shares of the communes in scope", () => {
    const tiers = sheetById(report, "tiers")
    expect(tiers.rows.map((r) => r.communes)).toEqual([0, 2, 2, 7, 0])
    expect(tiers.rows[1]!.share).toEqual(ratio(2, 11))
    expect(tiers.totals[0]!.communes).toBe(11)
  })

  it("bands communes by criteria met (19 / 15–18 / 10–14 / 5–9 / <5)", () => {
    const bands = sheetById(report, "bands")
    expect(bands.rows.map((r) => (r.band as { vi: string }).vi)).toEqual([
      "19 tiêu chí",
      "Từ 15 đến 18 tiêu chí",
      "Từ 10 đến 14 tiêu chí",
      "Từ 5 đến 9 tiêu chí",
      "Dưới 5 tiêu chí",
    ])
    expect(bands.rows.map((r) => r.communes)).toEqual([4, 4, 3, 0, 0])
  })

  it("states the average exactly (175/11) and the lowest commune, and the paragraph rounds once", () => {
    const summary = sheetById(report, "summary").rows
    const avg = summary.find((r) => (r.indicator as { en: string }).en === "Average criteria met per commune")!
    expect(avg.value).toEqual(ratio(175, 11))
    expect(report.paragraphs[0]!.vi).toContain("bình quân đạt 15,9 tiêu chí/xã")
    expect(report.paragraphs[0]!.vi).toContain("4 xã đạt chuẩn nông thôn mới trở lên (36,4 %)")
    expect(report.paragraphs[0]!.en).toContain("15.9 criteria on average")
  })

  it("counts communes meeting each criterion", () => {
    const rows = sheetById(report, "attainment").rows
    expect(rows).toHaveLength(19)
    expect(rows.find((r) => r.criterion === k(10))).toMatchObject({ pass: 4, fail: 7, indeterminate: 0 })
    expect(rows.find((r) => r.criterion === k(14))).toMatchObject({ pass: 10, fail: 0, indeterminate: 1 })
  })

  it("lists the commune that lost the standard (Tả Van: c10 and c17 lost, c15 undecided)", () => {
    const rows = sheetById(report, "regressions").rows
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      code: "03040",
      name: "Xã Tả Van",
      lost: 2,
      criteria: `${k(10)}, ${k(17)}`,
      unclear: k(15),
    })
  })

  it("counts villages in force and recognised in the year", () => {
    const summary = sheetById(report, "summary").rows
    const count = (en: string) => summary.find((r) => (r.indicator as { en: string }).en === en)!.count
    expect(count("NTM villages (in force)")).toBe(2)
    expect(count("Model NTM villages (in force)")).toBe(1)
    expect(count("Villages recognised NTM in the year")).toBe(2)
  })

  it("compares targets whose period ends in the year with their computed actuals", () => {
    const rows = sheetById(report, "targets").rows
    expect(rows.map((r) => r.id)).toEqual([ntmCommunes.id, averageCriteria.id, minimumCriteria.id])
    expect(rows[0]).toMatchObject({ target: ratio(72, 1), actual: ratio(4, 1), assessed: 11, communes: 11 })
    expect(rows[2]).toMatchObject({ target: ratio(10, 1), actual: ratio(11, 1) })
  })
})

describe("status report on real criteria evaluations (318/QĐ-TTg Phụ lục I)", () => {
  const communes = ["02776", "02782"]
  const evaluations: Array<Evaluation> = communes.map((code, i) =>
    evaluate(qd318PhuLucI, {
      commune: { code: unitCode(code), region: "TDMNPB", classifications: [] },
      year: 2024,
      date: isoDate("2024-12-31"),
      values: i === 0 ? { "3.1": { kind: "percent", value: 86 } } : {},
    }),
  )
  const r = statusReport({
    year: 2024,
    root: unitCode("083"),
    inputs: {
      hierarchy: hierarchyFromLinks(demoHierarchyLinks.filter((l) => communes.includes(l.unit))),
      statuses: evaluations.map((e) => communeStatus(e)),
      villages: [],
      money: () => 0n,
      statusPolicy: "same-year",
    },
    evaluations,
  })

  it("reads statuses adapted from evaluations and keeps undecided criteria undecided", () => {
    const s = communeStatus(evaluations[0]!)
    expect(s.criteriaTotal).toBe(evaluations[0]!.summary.total)
    expect(s.criteria[0]!.key).toBe(`${evaluations[0]!.family}:${evaluations[0]!.criteria[0]!.criterion}`)
    const attainment = sheetById(r, "attainment").rows
    const undecided = attainment.reduce((n, row) => n + (row.indeterminate as number), 0)
    expect(undecided).toBe(evaluations.reduce((n, e) => n + e.summary.indeterminate, 0))
  })

  it("names criteria from the evaluations", () => {
    const first = sheetById(r, "attainment").rows[0]!
    expect(first.name).toEqual(evaluations[0]!.criteria[0]!.name)
  })

  it("counts undecided indicators by reason, as the evaluations give them", () => {
    const rows = sheetById(r, "indeterminate").rows
    const expected = evaluations.flatMap((e) => e.indicators).filter((i) => i.outcome === "indeterminate").length
    expect(rows.reduce((n, row) => n + (row.indicators as number), 0)).toBe(expected)
    expect(rows.every((row) => (row.communes as number) <= 2)).toBe(true)
  })
})

describe("bands", () => {
  it("the 19-criteria bands cover 0–19 exactly once", () => {
    expect(checkBands(bands19, 19)).toEqual([])
  })

  it("bands built from any cuts cover every count exactly once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.integer({ min: -2, max: 45 })), (total, cuts) => {
        expect(checkBands(bandsFromCuts(total, cuts), total)).toEqual([])
      }),
    )
  })

  it("reports gaps and overlaps", () => {
    const [top, , ...rest] = bands19
    expect(checkBands([top!, ...rest], 19).map((p) => p.rule)).toEqual(["bands.gap"])
    expect(checkBands([...bands19, bands19[0]!], 19).map((p) => p.rule)).toEqual(["bands.overlap"])
  })
})
