/** Properties of the adapters between core modules that the handlers use (pure; no database). */
import { IsoDate, UnitCode } from "@ntm/core"
import { evaluate, Packs } from "@ntm/core/criteria"
import { InputChecks } from "@ntm/core/plans"
import { laoCaiRegistry, unitsAt } from "@ntm/core/units"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { communeStatusOf, latestPerYear } from "../src/reference/communeStatus.ts"
import { packById, packsForProvince } from "../src/reference/packs.ts"
import { programmeHierarchy } from "../src/reference/programmeHierarchy.ts"
import { inForce } from "../src/services/assignmentFacts.ts"

const pack = Packs.shippedPacks[0]!
const codes = pack.criteria.flatMap((c) => c.indicators.map((i) => i.code))

const measured = fc.oneof(
  fc.record({ kind: fc.constant("percent" as const), value: fc.double({ min: 0, max: 100, noNaN: true }) }),
  fc.record({ kind: fc.constant("boolean" as const), value: fc.boolean() }),
)

describe("evaluation → CommuneStatus", () => {
  it("always yields a status the plans module accepts, with counts that agree with the criteria", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codes), measured), fc.boolean(), (values, strict) => {
        const ev = evaluate(pack, {
          commune: { code: UnitCode.unitCode("02746"), region: "TDMNPB", classifications: [] },
          year: 2024,
          date: IsoDate.isoDate("2024-12-31"),
          values,
          strict,
        })
        const status = communeStatusOf(ev)
        expect(InputChecks.statusProblems([status]).filter((p) => p.severity === "error")).toEqual([])
        expect(status.criteria.filter((c) => c.result === "pass")).toHaveLength(status.criteriaMet)
        expect(status.tier === "none" || status.tier === pack.tier).toBe(true)
      }),
      { numRuns: 50 },
    )
  })
})

describe("latestPerYear", () => {
  it("keeps exactly the first (newest) item of each commune and year, in order", () => {
    const item = fc.record({
      commune: fc.constantFrom("a", "b"),
      year: fc.integer({ min: 2020, max: 2023 }),
      n: fc.nat(),
    })
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const kept = latestPerYear(items)
        const keys = kept.map((k) => `${k.commune}/${k.year}`)
        expect(new Set(keys).size).toBe(keys.length)
        expect(new Set(keys)).toEqual(new Set(items.map((k) => `${k.commune}/${k.year}`)))
        for (const k of kept) expect(items.find((i) => i.commune === k.commune && i.year === k.year)).toBe(k)
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
    for (const o of Packs.shippedOverlays) expect(packById(o.id)?.composedOf?.at(-1)).toBe(o.id)
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
