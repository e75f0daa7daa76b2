/** The shipped packs: each validates from JSON, and each states only what the sources give. */
import { describe, expect, it } from "vitest"
import { applyOverlays } from "../../src/criteria/applyOverlays.ts"
import { encodeOverlay } from "../../src/criteria/Overlay.ts"
import { encodePack, type Pack } from "../../src/criteria/Pack.ts"
import { packsInForce } from "../../src/criteria/packInForce.ts"
import {
  laoCai894Commune,
  laoCai1144VillageModel,
  laoCai1144VillageNtm,
  qd51_2025,
  qd318PhuLucI,
  qd318PhuLucII,
  qd319,
  qd320,
  shippedOverlays,
  shippedPacks,
} from "../../src/criteria/packs/index.ts"
import { validateOverlay } from "../../src/criteria/validateOverlay.ts"
import { validatePack } from "../../src/criteria/validatePack.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { formatProblem } from "../../src/shared/Problem.ts"

const fromJson = (p: Pack) => JSON.parse(JSON.stringify(encodePack(p)))
const cells = (p: Pack) => p.criteria.flatMap((c) => c.indicators.flatMap((i) => i.thresholds.map((t) => ({ i, t }))))

describe("shipped packs", () => {
  it.each(shippedPacks.map((p) => [p.id, p] as const))("%s validates from JSON without warnings", (_, pack) => {
    const r = validatePack(fromJson(pack))
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"))
    expect(r.warnings).toEqual([])
    expect(r.pack).toEqual(pack)
  })

  it.each(shippedOverlays.map((o) => [o.id, o] as const))(
    "overlay %s validates against its base and resolves to a valid pack",
    (_, o) => {
      const base = shippedPacks.find((p) => p.id === o.base)
      expect(base).toBeDefined()
      if (base === undefined) return
      const r = validateOverlay(JSON.parse(JSON.stringify(encodeOverlay(o))), base)
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"))
      const resolved = applyOverlays(base, [r.overlay])
      expect(resolved.composedOf).toEqual([base.id, o.id])
      expect(resolved.family).toBe(base.family)
      expect(validatePack(fromJson(resolved)).ok).toBe(true)
    },
  )

  it("no shipped value claims to be verified against the primary text, and every cell names a known source", () => {
    for (const p of shippedPacks) {
      const known = new Set(p.sources.map((s) => s.id))
      for (const { t } of cells(p)) {
        expect(t.status).toBe("secondary")
        for (const id of t.source.ids) expect(known.has(id)).toBe(true)
      }
    }
  })

  it("318 Phụ lục I: 19 criteria; only 3.1 and 3.2 carry sourced codes; 3.1 is ≥ 80% for every column", () => {
    expect(qd318PhuLucI.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, k) => k + 1))
    const sourcedCodes = qd318PhuLucI.criteria.flatMap((c) =>
      c.indicators.filter((i) => i.codeSourced).map((i) => i.code),
    )
    expect(sourcedCodes).toEqual(["3.1", "3.2"])
    const irrigation = cells(qd318PhuLucI).filter(({ i }) => i.code === "3.1")
    expect(irrigation.map(({ t }) => [t.column, t.value])).toEqual([["all", { kind: "min-percent", min: 80 }]])
    expect(qd318PhuLucI.criteria.filter((c) => c.critical).map((c) => c.code)).toEqual(["10", "17", "19"])
  })

  it("the unsourced numbers stay absent: income, poverty, insurance, centralised water", () => {
    for (const p of [qd318PhuLucI, qd318PhuLucII])
      for (const code of ["10.income", "11.poverty", "15.insurance"]) {
        const i = p.criteria.flatMap((c) => c.indicators).find((x) => x.code === code)
        if (i !== undefined) expect(i.thresholds).toEqual([])
      }
    const water = qd318PhuLucI.criteria.flatMap((c) => c.indicators).find((i) => i.code === "17.central-water")
    expect(water?.thresholds).toEqual([])
  })

  it("stunting is a ceiling (the source prints ≥) and the e-health record ends at 211/QĐ-TTg", () => {
    const stunting = cells(qd318PhuLucI).filter(({ i }) => i.code === "15.stunting")
    expect(stunting.find(({ t }) => t.column === "TDMNPB")?.t.value).toEqual({ kind: "max-percent", max: 24 })
    expect(stunting.some(({ t }) => t.column === "national" || t.column === "all")).toBe(false)
    const eh = cells(qd318PhuLucI).filter(({ i }) => i.code === "15.e-health-record")
    expect(eh.map(({ t }) => [t.column, t.effectiveTo])).toEqual([
      ["TDMNPB", "2024-03-01"],
      ["DBSH", "2024-03-01"],
    ])
  })

  it("318 Phụ lục II keeps the 55% water figure in the national column only", () => {
    expect(cells(qd318PhuLucII).map(({ t }) => t.column)).toEqual(["national"])
    expect(qd318PhuLucII.criteria.filter((c) => c.critical).map((c) => c.code)).toEqual(["10", "17", "18", "19"])
  })

  it("structures beyond 19 criteria and 7 regions: 319 (3 conditions), 320 (10), villages (14 and 12), 51/2025 (10, 3 groups)", () => {
    expect(qd319.criteria.length).toBe(3)
    expect(qd320.criteria.length).toBe(10)
    expect(laoCai1144VillageNtm.criteria.length).toBe(14)
    expect(laoCai1144VillageModel.criteria.length).toBe(12)
    expect(qd51_2025.criteria.length).toBe(10)
    expect(qd51_2025.columns).toMatchObject({ kind: "groups" })
    expect(qd51_2025.declared).toMatchObject({ criteria: 10, indicators: 47 })
    const r = validatePack(fromJson(qd51_2025))
    expect(r.ok && r.missing).toContainEqual({ kind: "declared-count", what: "indicators", declared: 47, present: 0 })
  })

  it("Lào Cai 894 sets no threshold (its values are not available) and targets TDMNPB", () => {
    expect(laoCai894Commune.thresholds).toEqual([])
    expect(laoCai894Commune.province?.region).toBe("TDMNPB")
  })

  it("period → ruleset: the commune NTM pack in force moves from 318 to 51/2025 on 2026-02-15", () => {
    const at = (d: string) =>
      packsInForce(shippedPacks, { level: "commune", tier: "ntm", date: isoDate(d) }).map((p) => p.id)
    expect(at("2022-03-07")).toEqual([])
    expect(at("2024-06-30")).toEqual(["qd318-2022/phu-luc-1"])
    expect(at("2026-02-15")).toEqual(["qd51-2025", "qd318-2022/phu-luc-1"])
    expect(
      packsInForce(shippedPacks, { level: "village", tier: "model", date: isoDate("2023-05-01") }).map((p) => p.id),
    ).toEqual(["lao-cai-1144-2022/thon-kieu-mau"])
  })
})
