/** Properties of the adapters between core modules that the handlers use (pure; no database). */
import { Integration, IsoDate, UnitCode } from "@ntm/core"
import { criterionKey, evaluate, Packs } from "@ntm/core/criteria"
import { programmeHierarchy } from "@ntm/core/integration"
import { InputChecks } from "@ntm/core/plans"
import { laoCaiRegistry, unitsAt } from "@ntm/core/units"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { standingStatuses } from "../src/reference/communeStatuses.ts"
import { packById, packsForProvince } from "../src/reference/packs.ts"
import { inForce } from "../src/services/assignmentFacts.ts"

const pack = Packs.shippedPacks[0]!
const codes = pack.criteria.flatMap((c) => c.indicators.map((i) => i.code))

const measured = fc.oneof(
  fc.record({ kind: fc.constant("percent" as const), value: fc.double({ min: 0, max: 100, noNaN: true }) }),
  fc.record({ kind: fc.constant("boolean" as const), value: fc.boolean() }),
)

const evaluated = (values: Parameters<typeof evaluate>[1]["values"], strict: boolean, year = 2024) =>
  evaluate(pack, {
    commune: { code: UnitCode.unitCode("02746"), region: "TDMNPB", classifications: [] },
    year,
    date: IsoDate.isoDate(`${year}-12-31`),
    values,
    strict,
  })

describe("stored assessments → CommuneStatus (core's convention)", () => {
  it("is core's Integration.communeStatus: criteria keyed family:code, counts that agree, a status plans accept", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codes), measured), fc.boolean(), (values, strict) => {
        const ev = evaluated(values, strict)
        const [standing] = standingStatuses([{ commune: "02746", year: 2024, tier: pack.tier, evaluation: ev }])
        const status = standing!.status
        expect(status).toEqual(Integration.communeStatus(ev))
        expect(status.criteria.map((c) => c.key)).toEqual(ev.criteria.map((c) => criterionKey(ev.family, c.criterion)))
        expect(InputChecks.statusProblems([status]).filter((p) => p.severity === "error")).toEqual([])
        expect(status.criteria.filter((c) => c.result === "pass")).toHaveLength(status.criteriaMet)
      }),
      { numRuns: 50 },
    )
  })

  it("one status per commune and year: the newest assessment of each tier stands, the ladder decides the tier", () => {
    const item = fc.record({
      commune: fc.constantFrom("02746", "02662"),
      year: fc.integer({ min: 2022, max: 2024 }),
      pass: fc.boolean(),
    })
    const ev = evaluated({}, false)
    const passing = { ...ev, summary: { ...ev.summary, standard: "pass" as const } }
    const failing = { ...ev, summary: { ...ev.summary, standard: "fail" as const } }
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (items) => {
        const records = items.map((i) => ({ ...i, tier: "ntm" as const, evaluation: i.pass ? passing : failing }))
        const standing = standingStatuses(records)
        const keys = standing.map((s) => `${s.assessments[0]!.commune}/${s.assessments[0]!.year}`)
        expect(new Set(keys)).toEqual(new Set(items.map((i) => `${i.commune}/${i.year}`)))
        expect(keys).toHaveLength(new Set(keys).size)
        for (const s of standing) {
          const first = records.find(
            (r) => r.commune === s.assessments[0]!.commune && r.year === s.assessments[0]!.year,
          )
          expect(s.assessments[0]).toBe(first)
          expect(s.status.tier).toBe(first!.pass ? "ntm" : "none")
        }
      }),
    )
  })
})

describe("assignment in force", () => {
  it("is the half-open range [from, to)", () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.option(day, { nil: undefined }), day, (from, to, date) => {
        const a = to === undefined ? { from } : { from, to }
        expect(inForce(a, date)).toBe(from <= date && (to === undefined || date < to))
        if (to !== undefined) expect(inForce(a, to)).toBe(false)
      }),
    )
  })
})

describe("served packs and the programme hierarchy", () => {
  it("every shipped overlay resolves onto its base; a province sees only its own overlays", () => {
    for (const o of Packs.shippedOverlays) expect(packById(o.id, [])?.composedOf?.at(-1)).toBe(o.id)
    expect(packsForProvince("88").map((p) => p.id)).toEqual(Packs.shippedPacks.map((p) => p.id))
    expect(packsForProvince("10").length).toBe(Packs.shippedPacks.length + Packs.shippedOverlays.length)
  })

  it("leaves out wards and townships: only districts and xã hang under a unit", () => {
    const date = IsoDate.isoDate("2024-12-31")
    const h = programmeHierarchy(laoCaiRegistry)
    const types = new Map(unitsAt(laoCaiRegistry, date).map((u) => [u.code, u.type]))
    let communes = 0
    for (const d of h.childrenAt(UnitCode.unitCode("10"), date)) {
      for (const c of h.childrenAt(d, date)) {
        expect(types.get(c)).toBe("commune")
        communes += 1
      }
    }
    expect(communes).toBeGreaterThan(100)
    expect(unitsAt(laoCaiRegistry, date, "commune").length).toBeGreaterThan(communes)
  })
})
