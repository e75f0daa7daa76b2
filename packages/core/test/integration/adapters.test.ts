/** Seam adapters: evaluation → CommuneStatus, registry → programme Hierarchy, ledger → MobilisedMoney, lineage → successor. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { aggregate } from "../../src/contributions/aggregate.ts"
import type { Contribution } from "../../src/contributions/Contribution.ts"
import type { Measured } from "../../src/criteria/Measured.ts"
import { prepare } from "../../src/criteria/prepare.ts"
import { evaluateTiers, tierLadder } from "../../src/criteria/tierLadder.ts"
import { laoCai2022Article } from "../../src/demo/laoCai2022Article.ts"
import { laoCai2022Contributions } from "../../src/demo/laoCai2022Contributions.ts"
import { laoCaiDemoAdvancedPack, laoCaiDemoNtmPack } from "../../src/demo/laoCaiDemoFillIn.ts"
import { communeStatus } from "../../src/integration/communeStatus.ts"
import { mobilisedMoney, moneyOutside } from "../../src/integration/mobilisedMoney.ts"
import { programmeHierarchy } from "../../src/integration/programmeHierarchy.ts"
import { successorMapping } from "../../src/integration/successorMapping.ts"
import { tallyTree } from "../../src/plans/FactsRollUp.ts"
import { statusProblems } from "../../src/plans/InputChecks.ts"
import { hierarchyFromLinks } from "../../src/plans/Inputs.ts"
import { type Period, yearPeriod } from "../../src/plans/Period.ts"
import { leavesAt } from "../../src/plans/RollUp.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { laoCaiRegistry } from "../../src/units/data/laoCai.ts"
import { ancestorAt, registryFromJson, successorsAt, type UnitRegistry, unitAt } from "../../src/units/Registry.ts"
import type { UnitDatasetJson } from "../../src/units/UnitDataset.ts"
import { lineArb } from "../contributions/arbitraries.ts"

const u = unitCode

/** A registry from JSON, failing the test when it is invalid. */
const registry = (json: UnitDatasetJson): UnitRegistry => {
  const r = registryFromJson(json)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.registry
}
const d = isoDate

/** A random measured value of the right kind for each indicator of a pack (or none), near its thresholds. */
const valuesArb = (codes: ReadonlyArray<readonly [string, string]>) =>
  fc.record(
    Object.fromEntries(
      codes.map(([code, kind]) => {
        const value: fc.Arbitrary<Measured> =
          kind === "pass-fail"
            ? fc.boolean().map((value) => ({ kind: "boolean", value }))
            : kind === "min-amount"
              ? fc.bigInt({ min: 20_000_000n, max: 60_000_000n }).map((dong) => ({ kind: "amount", dong }))
              : kind === "min-score"
                ? fc
                    .record({ points: fc.integer({ min: 30, max: 90 }), mandatoryItemsMet: fc.boolean() })
                    .map((r) => ({ kind: "score", ...r }))
                : fc.double({ min: 0, max: 100, noNaN: true }).map((value) => ({ kind: "percent", value }))
        return [code, fc.option(value, { nil: undefined, freq: 5 })]
      }),
    ),
  )

const ntm = prepare(laoCaiDemoNtmPack)
const advanced = prepare(laoCaiDemoAdvancedPack)
const indicatorKinds = [...laoCaiDemoNtmPack.criteria, ...laoCaiDemoAdvancedPack.criteria].flatMap((c) =>
  c.indicators.map((i) => [i.code, i.kind] as const),
)
const unique = [...new Map(indicatorKinds).entries()]

describe("communeStatus (evaluation → CommuneStatus)", () => {
  it("preserves met / indeterminate / total counts and the ladder's tier, and passes the plans' status checks", () => {
    fc.assert(
      fc.property(valuesArb(unique), fc.constantFrom(2022, 2023, 2024), (raw, year) => {
        const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<
          string,
          Measured
        >
        const input = {
          commune: { code: u("02794"), region: "TDMNPB" as const, classifications: [] },
          year,
          date: d(`${year}-12-31`),
          values,
        }
        const { evaluations, ladder } = evaluateTiers({ ntm, advanced }, input)
        const ev = evaluations.ntm!
        const s = communeStatus(ev, ladder)
        expect(s.criteriaMet).toBe(ev.summary.met)
        expect(s.indeterminate).toBe(ev.summary.indeterminate)
        expect(s.criteriaTotal).toBe(ev.summary.total)
        expect(s.criteria.filter((c) => c.result === "pass").length).toBe(ev.summary.met)
        expect(s.criteria.filter((c) => c.result === "fail").length).toBe(ev.summary.failed)
        expect(s.tier).toBe(ladder.reached)
        expect(s.tier === "none").toBe(ev.summary.standard !== "pass")
        expect(statusProblems([s])).toEqual([])
        expect(s.indicators?.length).toBe(ev.indicators.length)
      }),
      { numRuns: 150 },
    )
  })

  it("keys criteria by family and number, files under the evaluation's pack unless told, climbs alone without a ladder", () => {
    const input = {
      commune: { code: u("02929"), region: "TDMNPB" as const, classifications: [] },
      year: 2024,
      date: d("2024-12-31"),
      values: {},
    }
    const { evaluations } = evaluateTiers({ ntm, advanced }, input)
    const s = communeStatus(evaluations.ntm!)
    expect(s.criteria[9]).toEqual({ key: "commune-ntm-2021-2025:10", result: "indeterminate" })
    expect(s.packId).toBe(laoCaiDemoNtmPack.id)
    expect(s.tier).toBe("none")
    expect(communeStatus(evaluations.ntm!, undefined, { packId: "lao-cai-894-2022/commune-ntm" }).packId).toBe(
      "lao-cai-894-2022/commune-ntm",
    )
    // an advanced evaluation alone never gives a tier: NTM was not evaluated
    expect(communeStatus(evaluations.advanced!).tier).toBe(tierLadder({ advanced: evaluations.advanced! }).reached)
    expect(communeStatus(evaluations.advanced!).tier).toBe("none")
  })

  it("copies numeric values (percent, score, đồng) and leaves booleans without one", () => {
    const input = {
      commune: { code: u("02929"), region: "TDMNPB" as const, classifications: [] },
      year: 2024,
      date: d("2024-12-31"),
      values: {
        "3.1": { kind: "percent", value: 81.5 },
        "3.2": { kind: "score", points: 60, mandatoryItemsMet: true },
        "10.income": { kind: "amount", dong: 41_000_000n },
        "13.traceability": { kind: "boolean", value: true },
      } as const,
    }
    const s = communeStatus(evaluateTiers({ ntm }, input).evaluations.ntm!)
    const find = (code: string) => s.indicators?.find((i) => i.code === code)
    expect(find("3.1")).toEqual({ code: "3.1", value: 81.5, result: "pass" })
    expect(find("3.2")).toEqual({ code: "3.2", value: 60, result: "pass" })
    expect(find("10.income")).toEqual({ code: "10.income", value: 41_000_000, result: "pass" })
    expect(find("13.traceability")).toEqual({ code: "13.traceability", result: "pass" })
    expect(
      communeStatus(evaluateTiers({ ntm }, input).evaluations.ntm!, undefined, { indicators: false }),
    ).not.toHaveProperty("indicators")
  })
})

describe("programmeHierarchy (registry → Hierarchy, xã only)", () => {
  const h = programmeHierarchy(laoCaiRegistry)

  it("gives old Lào Cai's 127 xã in 2022, 126 after Tà Chải merged (2024-11-01), 89 xã in the new province", () => {
    expect(leavesAt(h, u("10"), d("2022-12-31"))).toHaveLength(127)
    expect(leavesAt(h, u("10"), d("2024-12-31"))).toHaveLength(126)
    expect(leavesAt(h, u("10"), d("2024-12-31"))).not.toContain("02872")
    expect(leavesAt(h, u("15"), d("2025-07-01"))).toHaveLength(89)
  })

  it("every leaf is a xã valid on the date; wards and townships only when asked for", () => {
    const roots = [
      [u("10"), d("2022-12-31")],
      [u("10"), d("2024-12-31")],
      [u("15"), d("2024-12-31")], // old Yên Bái's xã in the dataset
      [u("15"), d("2025-07-01")],
    ] as const
    for (const [root, date] of roots)
      for (const leaf of leavesAt(h, root, date)) expect(unitAt(laoCaiRegistry, leaf, date)?.type).toBe("commune")
    const all = programmeHierarchy(laoCaiRegistry, { baseTypes: ["commune", "ward", "township"] })
    expect(leavesAt(all, u("10"), d("2022-12-31"))).toHaveLength(152)
    expect(h.childrenAt(u("080"), d("2022-12-31"))).not.toContain("02647") // Phường Kim Tân
  })

  it("for any date, the leaves under a province are exactly its xã on that date, each once", () => {
    const xa = (root: string, date: ReturnType<typeof d>) =>
      laoCaiRegistry.dataset.units
        .filter(
          (x) =>
            x.type === "commune" &&
            x.validFrom <= date &&
            (x.validTo === undefined || date < x.validTo) &&
            ancestorAt(laoCaiRegistry, x.code, date, "province")?.code === root,
        )
        .map((x) => x.code)
        .sort()
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 6 }), (n) => {
        const date = d(new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10))
        for (const root of [u("10"), u("15")]) {
          const expected = xa(root, date)
          if (expected.length === 0) continue
          const leaves = leavesAt(h, root, date)
          expect(new Set(leaves).size).toBe(leaves.length)
          expect([...leaves].sort()).toEqual(expected)
        }
      }),
      { numRuns: 40 },
    )
  })

  it("drops a district with no base commune instead of counting it as a leaf", () => {
    const reg = registry({
      title: "t",
      units: [
        { code: "01", name: "Tỉnh A", type: "province", validFrom: d("2021-01-01"), region: "TDMNPB" },
        { code: "001", name: "Thành phố B", type: "provincial-city", parent: u("01"), validFrom: d("2021-01-01") },
        { code: "002", name: "Huyện C", type: "rural-district", parent: u("01"), validFrom: d("2021-01-01") },
        { code: "00001", name: "Phường D", type: "ward", parent: u("001"), validFrom: d("2021-01-01") },
        { code: "00004", name: "Xã E", type: "commune", parent: u("002"), validFrom: d("2021-01-01") },
      ],
      events: [],
    })
    const p = programmeHierarchy(reg)
    expect(p.childrenAt(u("01"), d("2022-01-01"))).toEqual(["002"])
    expect(leavesAt(p, u("01"), d("2022-01-01"))).toEqual(["00004"])
  })
})

describe("mobilisedMoney (ledger → MobilisedMoney)", () => {
  it("rolled up over the programme hierarchy, the 2022 demo ledger gives the article's total (confirmed only)", () => {
    const inputs = {
      hierarchy: programmeHierarchy(laoCaiRegistry),
      statuses: [],
      villages: [],
      money: mobilisedMoney(laoCai2022Contributions),
      statusPolicy: "same-year" as const,
    }
    expect(tallyTree(inputs, u("10"), yearPeriod(2022)).tally.money).toBe(laoCai2022Article.totalValue)
    expect(tallyTree(inputs, u("10"), yearPeriod(2023)).tally.money).toBe(0n)
    const pledged = mobilisedMoney(laoCai2022Contributions, { statuses: ["pledged"] })
    expect(pledged(u("02794"), d("2022-01-01"), d("2022-12-31"))).toBe(
      aggregate(
        laoCai2022Contributions.filter((l) => l.commune === "02794"),
        [],
        { statuses: ["pledged"] },
      ).total.value,
    )
  })

  const communes = ["02794", "02842", "02800", "02677", "02689"].map(u)
  const hierarchy = hierarchyFromLinks([
    ...communes.slice(0, 3).map((c) => ({ unit: c, parent: u("083"), validFrom: d("2021-01-01") })),
    { unit: u("02677"), parent: u("080"), validFrom: d("2021-01-01") },
    ...["080", "083"].map((x) => ({ unit: u(x), parent: u("10"), validFrom: d("2021-01-01") })),
  ])
  const periodArb: fc.Arbitrary<Period> = fc
    .tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 800 }))
    .map(([a, len]) => {
      const day = (n: number) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10)
      return { start: d(day(a)), end: d(day(a + len)) }
    })

  it("summed over the hierarchy's communes, plus what no commune collects, equals the ledger's confirmed total for the period", () => {
    fc.assert(
      fc.property(fc.array(lineArb(), { maxLength: 40 }), periodArb, (lines: Array<Contribution>, period) => {
        const money = mobilisedMoney(lines)
        const inputs = { hierarchy, statuses: [], villages: [], money, statusPolicy: "same-year" as const }
        const rolled = tallyTree(inputs, u("10"), period).tally.money
        const outside = [...moneyOutside(lines, hierarchy, u("10"), period).values()].reduce((a, b) => a + b, 0n)
        const inPeriod = lines.filter((l) => period.start <= l.date && l.date <= period.end)
        expect(rolled + outside).toBe(aggregate(inPeriod, []).total.value)
        expect(outside).toBe(
          aggregate(
            inPeriod.filter((l) => l.commune === "02689"),
            [],
          ).total.value,
        )
        // additive over a split of the period
        const mid = period.start
        expect(money(u("02794"), period.start, mid) + money(u("02794"), nextDay(mid), period.end)).toBe(
          money(u("02794"), period.start, period.end),
        )
      }),
      { numRuns: 150 },
    )
  })
})

const nextDay = (x: string) => {
  const t = new Date(`${x}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + 1)
  return d(t.toISOString().slice(0, 10))
}

describe("successorMapping (lineage → successor)", () => {
  it("maps every old Lào Cai xã to its one 2025 successor (all merges, no split)", () => {
    const old = leavesAt(programmeHierarchy(laoCaiRegistry), u("10"), d("2024-12-31"))
    const m = successorMapping(laoCaiRegistry, old, d("2024-12-31"), d("2025-07-01"))
    expect(m.flagged).toEqual([])
    expect(m.map.size).toBe(126)
    expect(m.successor(u("02794"))).toBe("02782") // Tả Thàng → new xã Cao Sơn
    expect(m.successor(u("02929"))).toBe("02905") // Sơn Hải → new xã
    for (const next of m.map.values()) expect(unitAt(laoCaiRegistry, next, d("2025-07-01"))).toBeDefined()
  })

  it("partitions any set of codes into mapped and flagged; every mapped successor is its only successor", () => {
    const codes = [...laoCaiRegistry.byCode.keys()].filter((c) => c.length === 5)
    fc.assert(
      fc.property(
        fc.subarray(codes, { maxLength: 40 }),
        fc.constantFrom(d("2022-12-31"), d("2024-10-31"), d("2024-12-31")),
        fc.constantFrom(d("2024-12-31"), d("2025-07-01"), d("2026-01-01")),
        (picked, from, to) => {
          const m = successorMapping(laoCaiRegistry, picked, from, to)
          const flagged = m.flagged.map((p) => String(p.path[0]))
          expect(new Set([...m.map.keys(), ...flagged])).toEqual(new Set(picked))
          expect(m.map.size + flagged.length).toBe(picked.length)
          for (const [old, next] of m.map)
            expect(successorsAt(laoCaiRegistry, old, from, to).map((x) => x.code)).toEqual([next])
        },
      ),
      { numRuns: 60 },
    )
  })

  it("flags a split, an abolition and an unknown code instead of guessing", () => {
    const reg = registry({
      title: "t",
      units: [
        { code: "01", name: "Tỉnh A", type: "province", validFrom: d("2021-01-01"), region: "TDMNPB" },
        {
          code: "00001",
          name: "Xã B",
          type: "commune",
          parent: u("01"),
          validFrom: d("2021-01-01"),
          validTo: d("2025-07-01"),
        },
        { code: "00004", name: "Xã C", type: "commune", parent: u("01"), validFrom: d("2025-07-01") },
        { code: "00007", name: "Xã D", type: "commune", parent: u("01"), validFrom: d("2025-07-01") },
        {
          code: "00010",
          name: "Xã E",
          type: "commune",
          parent: u("01"),
          validFrom: d("2021-01-01"),
          validTo: d("2025-07-01"),
        },
        { code: "00013", name: "Xã F", type: "commune", parent: u("01"), validFrom: d("2021-01-01") },
      ],
      events: [
        {
          id: "s",
          kind: "split",
          date: d("2025-07-01"),
          from: [u("00001")],
          to: [u("00004"), u("00007")],
          basis: "test",
        },
        { id: "a", kind: "abolish", date: d("2025-07-01"), from: [u("00010")], to: [], basis: "test" },
      ],
    })
    const m = successorMapping(reg, ["00001", "00010", "00013", "09999"], d("2024-12-31"), d("2025-07-01"))
    expect(m.flagged.map((p) => `${p.path.join(".")} ${p.rule}`)).toEqual([
      "00001 lineage.split",
      "00010 lineage.no-successor",
      "09999 lineage.unknown-unit",
    ])
    expect([...m.map]).toEqual([["00013", "00013"]])
    expect(m.successor(u("00001"))).toBeUndefined()
  })
})
