/** Evaluation: worked examples and the invariants (monotonicity, determinism, strictness, JSON round-trip). */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { applyOverlays } from "../../src/criteria/applyOverlays.ts"
import { Evaluation } from "../../src/criteria/Evaluation.ts"
import { evaluate } from "../../src/criteria/evaluate.ts"
import type { EvaluationInput, Measured } from "../../src/criteria/Measured.ts"
import { encodeOverlay, type Overlay } from "../../src/criteria/Overlay.ts"
import { Pack } from "../../src/criteria/Pack.ts"
import { qd51_2025 } from "../../src/criteria/packs/qd51_2025.ts"
import { qd318PhuLucI } from "../../src/criteria/packs/qd318PhuLucI.ts"
import { prepare } from "../../src/criteria/prepare.ts"
import { isProvisional } from "../../src/criteria/Source.ts"
import { validateOverlay } from "../../src/criteria/validateOverlay.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { indicatorsOf, packAndInput } from "./arbitraries.ts"

const commune = { code: unitCode("02662"), region: "TDMNPB" as const, classifications: [] }
const at = (date: string, values: Record<string, Measured>, extra: Partial<EvaluationInput> = {}): EvaluationInput => ({
  commune,
  year: Number(date.slice(0, 4)),
  date: isoDate(date),
  values,
  ...extra,
})

describe("evaluate — 318 Phụ lục I as shipped", () => {
  it("judges 3.1 against the sourced ≥ 80% and reports the gap; provisional because the source is secondary", () => {
    const ev = evaluate(qd318PhuLucI, at("2024-12-31", { "3.1": { kind: "percent", value: 75.5 } }))
    const r = ev.indicators.find((i) => i.indicator === "3.1")
    expect(r?.outcome).toBe("fail")
    expect(r?.provisional).toBe(true)
    expect(r?.gap).toEqual({ kind: "percentage-points", direction: "raise", points: 4.5 })
    expect(r?.applied?.column).toBe("all")
    expect(r?.applied?.status).toBe("secondary")
    expect(ev.criteria.find((c) => c.criterion === "3")).toMatchObject({
      outcome: "fail",
      deciding: ["3.1"],
      provisional: true,
    })
  })

  it("criterion 3 passes (provisionally) only when 3.1 and 3.2 both pass, and strict mode refuses it", () => {
    const values = {
      "3.1": { kind: "percent", value: 85 },
      "3.2": { kind: "score", points: 62, mandatoryItemsMet: true },
    } as const
    const ev = evaluate(qd318PhuLucI, at("2024-12-31", values))
    expect(ev.criteria.find((c) => c.criterion === "3")).toMatchObject({ outcome: "pass", provisional: true })
    expect(ev.summary.met).toBe(1)
    const strict = evaluate(qd318PhuLucI, at("2024-12-31", values, { strict: true }))
    expect(strict.criteria.find((c) => c.criterion === "3")?.outcome).toBe("indeterminate")
    expect(strict.indicators.find((i) => i.indicator === "3.1")?.reason).toBe("provisional-in-strict-mode")
    expect(strict.summary.met).toBe(0)
  })

  it("3.2 fails on missing mandatory items even with enough points", () => {
    const ev = evaluate(
      qd318PhuLucI,
      at("2024-12-31", { "3.2": { kind: "score", points: 65, mandatoryItemsMet: false } }),
    )
    expect(ev.indicators.find((i) => i.indicator === "3.2")).toMatchObject({
      outcome: "fail",
      gap: { kind: "mandatory-items" },
    })
  })

  it("income stays indeterminate: the threshold is absent, never guessed", () => {
    const ev = evaluate(qd318PhuLucI, at("2024-12-31", { "10.income": { kind: "amount", dong: 45_000_000n } }))
    const r = ev.indicators.find((i) => i.indicator === "10.income")
    expect(r).toMatchObject({ outcome: "indeterminate", reason: "no-threshold" })
    expect(r?.applied).toBeUndefined()
    expect(ev.missing).toContainEqual({
      kind: "threshold",
      criterion: "10",
      indicator: "10.income",
      columns: ["TDMNPB"],
    })
  })

  it("the e-health-record value applies before 211/QĐ-TTg (2024-03-01) and not after", () => {
    const v = { "15.e-health-record": { kind: "percent", value: 40 } } as const
    expect(
      evaluate(qd318PhuLucI, at("2024-02-29", v)).indicators.find((i) => i.indicator === "15.e-health-record"),
    ).toMatchObject({
      outcome: "fail",
      gap: { kind: "percentage-points", direction: "raise", points: 10 },
    })
    expect(
      evaluate(qd318PhuLucI, at("2024-03-01", v)).indicators.find((i) => i.indicator === "15.e-health-record"),
    ).toMatchObject({
      outcome: "indeterminate",
      reason: "no-threshold",
    })
  })

  it("one prepared pack serves many dates: the cache keys on the effective-date bucket", () => {
    const prepared = prepare(qd318PhuLucI)
    const v = { "15.e-health-record": { kind: "percent", value: 60 } } as const
    const outcome = (d: string) =>
      evaluate(prepared, at(d, v)).indicators.find((i) => i.indicator === "15.e-health-record")?.outcome
    expect([outcome("2023-12-31"), outcome("2024-03-01"), outcome("2024-02-29"), outcome("2025-12-31")]).toEqual([
      "pass",
      "indeterminate",
      "pass",
      "indeterminate",
    ])
  })

  it("uses the TDMNPB stunting ceiling for an especially difficult commune outside TDMNPB", () => {
    const dbkk = {
      code: unitCode("31000"),
      region: "DNB" as const,
      classifications: [
        { kind: "especially-difficult" as const, validFrom: isoDate("2021-06-04"), source: "illustrative" },
      ],
    }
    const v = { "15.stunting": { kind: "percent", value: 20 } } as const
    const special = evaluate(qd318PhuLucI, { ...at("2024-12-31", v), commune: dbkk })
    expect(special.column).toEqual({ id: "TDMNPB", reason: "especially-difficult" })
    expect(special.indicators.find((i) => i.indicator === "15.stunting")?.outcome).toBe("pass")
    const ordinary = evaluate(qd318PhuLucI, { ...at("2024-12-31", v), commune: { ...dbkk, classifications: [] } })
    expect(ordinary.indicators.find((i) => i.indicator === "15.stunting")).toMatchObject({
      outcome: "fail",
      gap: { kind: "percentage-points", direction: "lower", points: 5.5 },
    })
  })

  it("a value of the wrong kind is indeterminate, not an exception", () => {
    const ev = evaluate(qd318PhuLucI, at("2024-12-31", { "3.1": { kind: "boolean", value: true } }))
    expect(ev.indicators.find((i) => i.indicator === "3.1")).toMatchObject({
      outcome: "indeterminate",
      reason: "wrong-value-kind",
    })
  })

  it("a year-specific fill-in beats a year-less cell; other years fall back", () => {
    const fill: Overlay = {
      format: "ntm-overlay/1",
      id: "demo/fill",
      kind: "fill-in",
      base: qd318PhuLucI.id,
      title: { vi: "Bổ sung minh họa", en: "Illustrative fill-in" },
      legalBasis: [],
      sources: [{ id: "DEMO", description: "illustrative values, not real" }],
      notes: [],
      thresholds: [
        {
          indicator: "10.income",
          column: "TDMNPB",
          year: 2024,
          value: { kind: "min-amount", min: 50_000_000n },
          status: "demo-fill-in",
          source: { ids: ["DEMO"] },
        },
        {
          indicator: "10.income",
          column: "TDMNPB",
          value: { kind: "min-amount", min: 40_000_000n },
          status: "demo-fill-in",
          source: { ids: ["DEMO"] },
        },
      ],
      addIndicators: [],
      completeCriteria: [{ criterion: "10", status: "demo-fill-in", source: { ids: ["DEMO"] } }],
    }
    const v = validateOverlay(encodeOverlay(fill), qd318PhuLucI)
    expect(v.ok).toBe(true)
    if (!v.ok) return
    const p = applyOverlays(qd318PhuLucI, [v.overlay])
    const val = { "10.income": { kind: "amount", dong: 46_800_000n } } as const
    const y2024 = evaluate(p, at("2024-12-31", val))
    expect(y2024.indicators.find((i) => i.indicator === "10.income")).toMatchObject({
      outcome: "fail",
      provisional: true,
      applied: { year: 2024, status: "demo-fill-in" },
      gap: { kind: "amount", dong: 3_200_000n },
    })
    const y2023 = evaluate(p, at("2023-12-31", val))
    expect(y2023.criteria.find((c) => c.criterion === "10")).toMatchObject({
      outcome: "pass",
      provisional: true,
      incomplete: false,
    })
  })
})

describe("evaluate — 51/2025/QĐ-TTg (commune groups, 10 criteria)", () => {
  it("has no 19-criteria or region assumption: 10 criteria, group column from the facts", () => {
    const ev = evaluate(qd51_2025, { ...at("2026-06-30", {}), commune: { ...commune, group: "group-2" } })
    expect(ev.summary.total).toBe(10)
    expect(ev.column).toEqual({ id: "group-2", reason: "commune-group" })
    const unknown = evaluate(qd51_2025, at("2026-06-30", {}))
    expect(unknown.column).toEqual({ reason: "unknown" })
    expect(unknown.missing).toContainEqual({ kind: "column" })
  })
})

/** Moves a value by `step` in the direction that helps it pass an indicator of `kind`. */
const improve = (v: Measured, kind: string, step: number): Measured => {
  switch (v.kind) {
    case "boolean":
      return { ...v, value: true }
    case "percent":
      return { ...v, value: kind === "max-percent" ? Math.max(0, v.value - step) : Math.min(100, v.value + step) }
    case "amount":
      return { ...v, dong: v.dong + BigInt(Math.round(step * 1_000_000)) }
    case "score":
      return { ...v, points: v.points + step, mandatoryItemsMet: true }
  }
}

describe("evaluation invariants", () => {
  it("monotonicity: improving a value never turns a pass into a fail and never lowers criteria met", () => {
    fc.assert(
      fc.property(packAndInput, fc.nat(), fc.integer({ min: 1, max: 500 }), ({ pack, input }, pick, step) => {
        const inds = indicatorsOf(pack).filter((i) => input.values[i.code] !== undefined)
        fc.pre(inds.length > 0)
        const target = inds[pick % inds.length]!
        const better = { ...input.values, [target.code]: improve(input.values[target.code]!, target.kind, step / 10) }
        const before = evaluate(pack, input)
        const after = evaluate(pack, { ...input, values: better })
        before.indicators.forEach((r, k) => {
          if (r.outcome === "pass") expect(after.indicators[k]?.outcome).toBe("pass")
        })
        before.criteria.forEach((c, k) => {
          if (c.outcome === "pass") expect(after.criteria[k]?.outcome).toBe("pass")
        })
        expect(after.summary.met).toBeGreaterThanOrEqual(before.summary.met)
      }),
    )
  })

  it("tightening an overlay never raises criteria met (and is never reported as loosening)", () => {
    fc.assert(
      fc.property(packAndInput, fc.integer({ min: 0, max: 300 }), ({ pack, input }, step) => {
        const tightened = indicatorsOf(pack).flatMap((i) =>
          i.thresholds.map((t) => {
            const v = t.value
            const value =
              v.kind === "min-percent"
                ? { ...v, min: Math.min(100, v.min + step / 10) }
                : v.kind === "max-percent"
                  ? { ...v, max: Math.max(0, v.max - step / 10) }
                  : v.kind === "min-amount"
                    ? { ...v, min: v.min + BigInt(step) * 10_000n }
                    : v.kind === "min-score"
                      ? { ...v, min: v.min + step / 10, requiresMandatoryItems: true }
                      : v
            return { indicator: i.code, ...t, value, status: "operator-fill-in" as const }
          }),
        )
        const overlay: Overlay = {
          format: "ntm-overlay/1",
          id: "test/tighter",
          kind: "fill-in",
          base: pack.id,
          title: { vi: "Siết (thử)", en: "Tighter (test)" },
          legalBasis: [],
          sources: [],
          notes: [],
          thresholds: tightened,
          addIndicators: [],
          completeCriteria: [],
        }
        const v = validateOverlay(encodeOverlay(overlay), pack)
        expect(v.ok).toBe(true)
        if (!v.ok) return
        expect(v.warnings.filter((w) => w.rule === "overlay.loosens-national")).toEqual([])
        const before = evaluate(pack, input)
        const after = evaluate(applyOverlays(pack, [v.overlay]), input)
        expect(after.summary.met).toBeLessThanOrEqual(before.summary.met)
      }),
    )
  })

  it("determinism: same input, same result; prepared and unprepared agree", () => {
    fc.assert(
      fc.property(packAndInput, ({ pack, input }) => {
        const prepared = prepare(pack)
        const a = evaluate(pack, input)
        expect(evaluate(pack, input)).toEqual(a)
        expect(evaluate(prepared, input)).toEqual(a)
        expect(evaluate(prepared, input)).toEqual(a)
      }),
    )
  })

  it("indeterminate never counts as pass; in strict mode neither does provisional", () => {
    fc.assert(
      fc.property(packAndInput, ({ pack, input }) => {
        const ev = evaluate(pack, input)
        const s = ev.summary
        expect(s.met + s.failed + s.indeterminate).toBe(s.total)
        expect(s.met).toBe(ev.criteria.filter((c) => c.outcome === "pass").length)
        ev.criteria.forEach((c) => {
          const mine = ev.indicators.filter((i) => i.criterion === c.criterion)
          if (c.outcome === "pass") {
            expect(c.incomplete).toBe(false)
            expect(mine.every((i) => i.outcome === "pass")).toBe(true)
          }
          if (mine.some((i) => i.outcome === "indeterminate") && !mine.some((i) => i.outcome === "fail"))
            expect(c.outcome).toBe("indeterminate")
        })
        if (input.strict === true)
          for (const i of ev.indicators)
            if (i.outcome !== "indeterminate") expect(isProvisional(i.applied!.status)).toBe(false)
        if (s.standard === "pass") expect(s.met).toBe(s.total)
      }),
    )
  })

  it("packs and results round-trip through JSON (Schema encode/decode)", () => {
    const encodePack = Schema.encodeSync(Pack)
    const decodePack = Schema.decodeUnknownSync(Pack)
    const encodeEv = Schema.encodeSync(Evaluation)
    const decodeEv = Schema.decodeUnknownSync(Evaluation)
    fc.assert(
      fc.property(packAndInput, ({ pack, input }) => {
        expect(decodePack(JSON.parse(JSON.stringify(encodePack(pack))))).toEqual(pack)
        const ev = evaluate(pack, input)
        expect(decodeEv(JSON.parse(JSON.stringify(encodeEv(ev))))).toEqual(ev)
      }),
    )
  })
})
