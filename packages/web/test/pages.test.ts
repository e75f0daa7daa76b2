/** The pages' view models: structure roll-ups, lost standard, filters, helpers in force, open difficulties, totals. */
import { IsoDate } from "@ntm/core"
import type { Comparison } from "@ntm/core/criteria"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type CommuneRow, tierStatuses } from "../src/model/communeRow.ts"
import { comparisonView } from "../src/model/compare.ts"
import { type DifficultyView, helpersByCommune, inForceIn, openDifficulties } from "../src/model/helping.ts"
import { helpTotals } from "../src/model/helpTotals.ts"
import { history } from "../src/model/history.ts"
import { lostStandard } from "../src/model/lost.ts"
import { storedByCommune } from "../src/model/storedByCommune.ts"
import {
  countStandings,
  districtGroup,
  meetsStandard,
  rollUpRows,
  type Successor,
  successorGroup,
} from "../src/model/structure.ts"
import { filterRows } from "../src/model/table.ts"
import { incompleteCoverage } from "../src/model/targets.ts"
import { assessment, row } from "./arbitraries.ts"

const successor: fc.Arbitrary<Successor> = fc.constantFrom(
  { code: "04465", name: "Xã Khao Mang" },
  { code: "02647", name: "Phường Lào Cai" },
  { code: "03001", name: "Xã Bát Xát" },
)
const successorLists = fc.array(successor, { maxLength: 2 })

/** Rows with distinct codes (a province lists each xã once). */
const rows = fc.uniqueArray(row, { maxLength: 40, selector: (r) => r.code })

describe("structure roll-up", () => {
  it("every row is in exactly one group or unplaced; a group's tier counts add up to its members", () => {
    fc.assert(
      fc.property(rows, fc.array(successorLists, { maxLength: 40 }), (rs, lists) => {
        const successors = new Map(rs.map((r, i) => [r.code, lists[i] ?? []]))
        for (const groupOf of [districtGroup, successorGroup(successors)]) {
          const { groups, unplaced } = rollUpRows(rs, groupOf)
          const members = groups.flatMap((g) => g.members)
          expect(members.length + unplaced.length).toBe(rs.length)
          expect(new Set([...members, ...unplaced.map((r) => r.code)]).size).toBe(rs.length)
          for (const g of groups) {
            expect(tierStatuses.reduce((s, k) => s + g.byTier[k], 0)).toBe(g.members.length)
            expect(g.met).toBe(rs.filter((r) => g.members.includes(r.code) && meetsStandard(r.tier)).length)
          }
          expect(countStandings(groups).reduce((s, c) => s + c.count, 0)).toBe(groups.length)
          expect(groups.map((g) => g.code)).toEqual([...groups.map((g) => g.code)].sort())
        }
      }),
    )
  })

  it("a split or an untraced commune is never placed by guess; one successor places it there", () => {
    const r = (code: string, tier: CommuneRow["tier"]): CommuneRow => ({
      code,
      name: code,
      tier,
      provisional: false,
      restsOnFillIn: false,
      criteria: [],
    })
    const successors = new Map<string, ReadonlyArray<Successor>>([
      ["1", [{ code: "A", name: "Xã A" }]],
      ["2", [{ code: "A", name: "Xã A" }]],
      [
        "3",
        [
          { code: "A", name: "Xã A" },
          { code: "B", name: "Xã B" },
        ],
      ],
    ])
    const { groups, unplaced } = rollUpRows(
      [r("1", "ntm"), r("2", "none"), r("3", "ntm"), r("4", "ntm")],
      successorGroup(successors),
    )
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ code: "A", members: ["1", "2"], met: 1, standing: "some-met" })
    expect(unplaced.map((x) => x.code)).toEqual(["3", "4"])
    const standingOf = (tiers: ReadonlyArray<CommuneRow["tier"]>) =>
      rollUpRows(
        tiers.map((t, i) => r(String(i), t)),
        () => ({ code: "G", name: "G" }),
      ).groups[0]?.standing
    expect(standingOf(["ntm", "advanced"])).toBe("all-met")
    expect(standingOf(["none", "none"])).toBe("none-met")
    expect(standingOf(["none", "indeterminate"])).toBe("unknown")
    expect(standingOf(["unassessed", "model"])).toBe("some-met")
  })
})

describe("communes that lost the standard", () => {
  const rank = { none: 0, ntm: 1, advanced: 2, model: 3 } as Record<string, number | undefined>

  it("lists exactly the communes whose judged tier went down from a met tier", () => {
    fc.assert(
      fc.property(rows, fc.array(fc.constantFrom(...tierStatuses), { maxLength: 40 }), (before, tiers) => {
        const after = before.map((r, i) => ({ ...r, tier: tiers[i] ?? r.tier }))
        const lost = lostStandard(before, after)
        const expected = after.filter((a, i) => {
          const rb = rank[before[i]!.tier]
          const ra = rank[a.tier]
          return rb !== undefined && ra !== undefined && rb > 0 && ra < rb
        })
        expect(lost.map((l) => l.code)).toEqual(expected.map((r) => r.code))
        for (const l of lost) {
          expect(meetsStandard(l.before)).toBe(true)
          expect(["indeterminate", "unassessed", "unreadable"]).not.toContain(l.after)
        }
        expect(lost.length).toBeLessThanOrEqual(before.filter((r) => meetsStandard(r.tier)).length)
        expect(lostStandard(after, after)).toEqual([])
      }),
    )
  })
})

describe("communes filters", () => {
  const filter = fc.record({
    text: fc.constantFrom("", "coc", "Tả"),
    minMet: fc.option(fc.integer({ min: 0, max: 19 }), { nil: undefined }),
    maxMet: fc.option(fc.integer({ min: 0, max: 19 }), { nil: undefined }),
    indeterminate: fc.constantFrom(undefined, "some" as const, "none" as const),
    agency: fc.constantFrom(undefined, "so-nn", "so-gtvt"),
    district: fc.constantFrom(undefined, "Huyện Bát Xát", "Thành phố Lào Cai"),
  })

  it("keep a subset in order, each kept row meeting every filter, every dropped row failing one", () => {
    fc.assert(
      fc.property(rows, filter, fc.array(fc.constantFrom("so-nn", "so-gtvt"), { maxLength: 2 }), (rs, f, helpers) => {
        const helpersOf = (code: string) => (Number(code) % 2 === 0 ? helpers : [])
        const kept = filterRows(rs, f, helpersOf)
        expect(kept).toEqual(rs.filter((r) => kept.includes(r)))
        const meets = (r: CommuneRow) =>
          (f.minMet === undefined || (r.met !== undefined && r.met >= f.minMet)) &&
          (f.maxMet === undefined || (r.met !== undefined && r.met <= f.maxMet)) &&
          (f.indeterminate === undefined ||
            (f.indeterminate === "some" ? (r.indeterminate ?? 0) > 0 : r.indeterminate === 0)) &&
          (f.agency === undefined || helpersOf(r.code).includes(f.agency)) &&
          (f.district === undefined || r.district === f.district)
        const byText = filterRows(rs, { text: f.text })
        expect(kept).toEqual(byText.filter(meets))
      }),
    )
  })
})

describe("who helps a commune", () => {
  const date = fc
    .integer({ min: 0, max: 6 * 365 })
    .map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))

  it("an assignment is in force in a year exactly when [from, to) overlaps it; helpers are listed once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            commune: fc.constantFrom("02746", "03040"),
            helper: fc.constantFrom("so-nn", "so-gtvt", "bidv"),
            from: date,
            to: fc.option(date, { nil: undefined }),
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 2020, max: 2026 }),
        (list, year) => {
          type A = { commune: string; helper: string; from: string; to?: string }
          const valid = list
            .filter((a) => a.to === undefined || a.to > a.from)
            .map(({ to, ...a }): A => (to === undefined ? a : { ...a, to }))
          const byCommune = helpersByCommune(valid, year)
          for (const [commune, helpers] of byCommune) {
            expect(new Set(helpers).size).toBe(helpers.length)
            for (const h of helpers) {
              expect(valid.some((a) => a.commune === commune && a.helper === h && inForceIn(a, year))).toBe(true)
            }
          }
          for (const a of valid) {
            const days = Array.from({ length: 366 }, (_, d) =>
              new Date(Date.UTC(year, 0, 1) + d * 86_400_000).toISOString().slice(0, 10),
            ).filter((d) => d.startsWith(String(year)))
            const overlaps = days.some((d) => a.from <= d && (a.to === undefined || d < a.to))
            expect(inForceIn(a, year)).toBe(overlaps)
          }
        },
      ),
    )
  })

  it("open difficulties: not final, oldest first, overdue only when due before the date", () => {
    const item = (id: string, raisedOn: string, statuses: ReadonlyArray<string>, dueOn?: string): DifficultyView => ({
      id,
      category: "difficulty",
      summary: id,
      addressedTo: { level: "province" },
      raisedOn: IsoDate.isoDate(raisedOn),
      ...(dueOn === undefined ? {} : { dueOn: IsoDate.isoDate(dueOn) }),
      history: statuses.map((s) => ({ status: s as "open", on: IsoDate.isoDate(raisedOn) })),
    })
    const open = openDifficulties(
      [
        item("b", "2024-05-01", ["in-progress"], "2024-06-30"),
        item("a", "2024-03-01", [], "2025-01-31"),
        item("c", "2024-01-01", ["in-progress", "resolved"], "2024-02-01"),
        item("d", "2024-02-01", ["rejected"]),
      ],
      IsoDate.isoDate("2024-12-31"),
    )
    expect(open.map((d) => [d.item.id, d.status, d.overdue])).toEqual([
      ["a", "open", false],
      ["b", "in-progress", true],
    ])
  })
})

describe("history and comparison", () => {
  it("each line points at the previous assessment of its tier; dropped means pass → not pass", () => {
    fc.assert(
      fc.property(fc.uniqueArray(assessment, { maxLength: 10, selector: (a) => a.id }), (as) => {
        const lines = history(as)
        const byId = new Map(as.map((a) => [a.id, a]))
        for (const l of lines) {
          if (l.previousId === undefined) {
            expect(l.change).toBeUndefined()
            expect(l.dropped).toBe(false)
            continue
          }
          const prev = byId.get(l.previousId)!
          expect(prev.tier).toBe(l.tier)
          expect(l.change).toBe(l.met - prev.evaluation.summary.met)
          expect(l.dropped).toBe(prev.evaluation.summary.standard === "pass" && l.standard !== "pass")
        }
      }),
    )
  })

  it("a comparison lists every changed indicator once, those of dropped criteria first", () => {
    const cmp: Comparison = {
      before: { packId: "national", family: "f", year: 2022 },
      after: { packId: "lao-cai", family: "f", year: 2023 },
      sameFamily: true,
      dropped: ["10"],
      criteria: [],
      indicators: [
        { indicator: "2.1", criterion: "2", before: "pass", after: "pass", causes: ["value"] },
        {
          indicator: "10.1",
          criterion: "10",
          before: "pass",
          after: "fail",
          beforeThreshold: { value: { kind: "min-percent", min: 80 } } as never,
          afterThreshold: { value: { kind: "min-percent", min: 90 } } as never,
          causes: ["threshold"],
        },
      ],
    }
    const v = comparisonView(cmp, "vi")
    expect(v.lines.map((l) => l.indicator)).toEqual(["10.1", "2.1"])
    expect(v.lines[0]).toMatchObject({
      dropped: true,
      before: "Đạt",
      after: "Không đạt",
      thresholdBefore: "≥ 80 %",
      thresholdAfter: "≥ 90 %",
      causes: ["ngưỡng thay đổi"],
    })
  })
})

describe("help report headline", () => {
  it("reads the official total exactly from the summary sheet, or nothing", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (cash, inKind) => {
        const value = cash + inKind
        const t = helpTotals([
          { value: value.toString(), lines: 3 },
          { value: cash.toString(), lines: null },
          { value: inKind.toString(), lines: null },
        ])
        expect(t).toEqual({ value, cash, inKind, lines: 3 })
      }),
    )
    expect(helpTotals([])).toBeUndefined()
    expect(helpTotals([{ value: "1.5", lines: 1 }, { value: "0" }, { value: "0" }])).toBeUndefined()
  })
})

describe("target coverage", () => {
  it("names exactly the periods whose actual counts only part of the communes", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ year: fc.integer({ min: 2021, max: 2025 }), communes: fc.nat(200), assessed: fc.nat(200) }),
          { maxLength: 5 },
        ),
        (ps) => {
          const periods = ps.map((p) => ({
            period: { start: `${p.year}-01-01`, end: `${p.year}-12-31` },
            target: 10,
            coverage: { communes: p.communes, assessed: p.assessed, complete: p.assessed >= p.communes },
          }))
          const note = incompleteCoverage({ periods })
          const expected = ps
            .filter((p) => p.assessed < p.communes)
            .map((p) => `${p.year}: ${p.assessed}/${p.communes}`)
          expect(note).toBe(expected.length === 0 ? undefined : expected.join("; "))
        },
      ),
    )
  })
})

describe("assessments grouped under the province's communes", () => {
  it("gives each listed commune exactly its own assessments, in unit order, and drops the rest", () => {
    const code = fc.constantFrom("02746", "02749", "02752", "02755")
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { minLength: 0, maxLength: 3 }),
        fc.array(fc.tuple(assessment, code), { maxLength: 12 }),
        (codes, pairs) => {
          const communes = codes.map((c) => ({ code: c, name: `Xã ${c}` }))
          const all = pairs.map(([a, commune]) => ({ ...a, commune }))
          const stored = storedByCommune(communes, all)
          expect(stored.map((s) => s.unit.code)).toEqual(codes)
          for (const s of stored) expect(s.assessments).toEqual(all.filter((a) => a.commune === s.unit.code))
          const kept = stored.reduce((n, s) => n + (s.assessments?.length ?? 0), 0)
          expect(kept).toBe(all.filter((a) => codes.includes(a.commune)).length)
        },
      ),
    )
  })
})
