/** Criteria packs, validation, stateless evaluation and administrative units through the real endpoints. */
import { encodePack, Packs } from "@ntm/core/criteria"
import { afterAll, describe, expect, it } from "vitest"
import { laoCai, makeApiApp } from "./support/app.ts"
import { call, claims } from "./support/widgets.ts"

const app = makeApiApp()
afterAll(() => app.dispose())

describe("criteria packs", () => {
  it("lists the shipped packs with id, titles, tier, level, period and dates; public is denied", async () => {
    const r = await call(app, "GET", "/v1/packs", { claims: claims.viewer })
    expect(r.status).toBe(200)
    expect(r.json.items.map((p: { id: string }) => p.id)).toEqual(Packs.shippedPacks.map((p) => p.id))
    expect(r.json.items[0]).toMatchObject({ title: { vi: expect.any(String), en: expect.any(String) } })
    expect(r.json.overlays.length).toBe(Packs.shippedOverlays.length)
    expect((await call(app, "GET", "/v1/packs")).status).toBe(401)
  })

  it("gets one pack as its full JSON, and a shipped overlay resolved onto its base; unknown → 404", async () => {
    const p = Packs.shippedPacks[0]!
    const r = await call(app, "GET", `/v1/packs/${encodeURIComponent(p.id)}`, { claims: claims.agency })
    expect(r.status).toBe(200)
    expect(r.json).toEqual(JSON.parse(JSON.stringify(encodePack(p))))
    const o = Packs.shippedOverlays[0]!
    const ro = await call(app, "GET", `/v1/packs/${encodeURIComponent(o.id)}`, { claims: claims.agency })
    expect(ro.json.composedOf).toEqual([o.base, o.id])
    expect((await call(app, "GET", "/v1/packs/nope", { claims: claims.agency })).status).toBe(404)
  })

  it("validates an upload: problems are data (200), a shipped pack and overlay are valid", async () => {
    const good = await call(app, "POST", "/v1/packs/validate", {
      claims: claims.commune,
      body: { document: encodePack(Packs.shippedPacks[0]!) },
    })
    expect(good.status).toBe(200)
    expect(good.json).toMatchObject({ valid: true, kind: "pack" })
    const bad = await call(app, "POST", "/v1/packs/validate", {
      claims: claims.commune,
      body: { document: { format: "ntm-pack/1", id: "" } },
    })
    expect(bad.status).toBe(200)
    expect(bad.json.valid).toBe(false)
    expect(bad.json.problems.length).toBeGreaterThan(1)
    expect(bad.json.problems.every((p: { path: unknown[] }) => Array.isArray(p.path))).toBe(true)
    const overlay = await call(app, "POST", "/v1/packs/validate", {
      claims: claims.commune,
      body: { document: { format: "ntm-overlay/1", base: "nope" } },
    })
    expect(overlay.json).toMatchObject({ valid: false, kind: "overlay", problems: [{ rule: "overlay.unknown-base" }] })
  })
})

describe("stateless evaluation", () => {
  const input = {
    commune: { code: "02746", region: "TDMNPB", classifications: [] },
    year: 2024,
    date: "2024-12-31",
    values: { "3.1": { kind: "percent", value: 75.5 } },
  }

  it("evaluates a shipped pack by id and renders in Vietnamese on ?lang=vi", async () => {
    const r = await call(app, "POST", "/v1/evaluate?lang=vi", {
      claims: claims.viewer,
      body: { ...input, packId: "qd318-2022/phu-luc-1" },
    })
    expect(r.status).toBe(200)
    expect(r.json.evaluation).toMatchObject({ packId: "qd318-2022/phu-luc-1", commune: "02746", year: 2024 })
    expect(typeof r.json.rendered).toBe("string")
  })

  it("climbs the tier ladder over one pack per tier (evaluateTiers)", async () => {
    const r = await call(app, "POST", "/v1/evaluate/tiers?lang=en", {
      claims: claims.viewer,
      body: { ...input, packs: { ntm: "qd318-2022/phu-luc-1", advanced: "qd318-2022/phu-luc-2" } },
    })
    expect(r.status).toBe(200)
    expect(Object.keys(r.json.evaluations).sort()).toEqual(["advanced", "ntm"])
    expect(r.json.ladder.steps.map((s: { tier: string }) => s.tier)).toContain("ntm")
    expect(typeof r.json.rendered).toBe("string")
    const unknown = await call(app, "POST", "/v1/evaluate/tiers", {
      claims: claims.viewer,
      body: { ...input, packs: { ntm: "nope" } },
    })
    expect(unknown.status).toBe(404)
  })

  it("an inline invalid pack → 400 with paths under payload.pack; no pack or two → 400; unknown id → 404", async () => {
    const bad = await call(app, "POST", "/v1/evaluate", {
      claims: claims.viewer,
      body: { ...input, pack: { format: "ntm-pack/1" } },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].path.slice(0, 2)).toEqual(["payload", "pack"])
    const none = await call(app, "POST", "/v1/evaluate", { claims: claims.viewer, body: input })
    expect(none.json.errors[0].rule).toBe("evaluate.one-pack")
    const unknown = await call(app, "POST", "/v1/evaluate", { claims: claims.viewer, body: { ...input, packId: "x" } })
    expect(unknown.status).toBe(404)
  })
})

describe("administrative units", () => {
  it("lists units at a date by level and parent, gets one with parent and children", async () => {
    const communes = await call(app, "GET", "/v1/units?date=2024-01-01&level=commune", { claims: laoCai.viewer })
    expect(communes.status).toBe(200)
    expect(communes.json.items.length).toBeGreaterThan(100)
    const inCity = await call(app, "GET", "/v1/units?date=2024-01-01&parent=080", { claims: laoCai.viewer })
    expect(inCity.json.items.map((u: { code: string }) => u.code)).toContain("02746")
    const one = await call(app, "GET", "/v1/units/02746?date=2024-01-01", { claims: laoCai.viewer })
    expect(one.json.parent.code).toBe("080")
    expect((await call(app, "GET", "/v1/units/99999?date=2024-01-01", { claims: laoCai.viewer })).status).toBe(404)
  })

  it("lineage: successors at a later date, predecessors at an earlier date", async () => {
    const r = await call(app, "GET", "/v1/units/02872/lineage?date=2022-01-01&at=2025-07-01", { claims: laoCai.admin })
    expect(r.status).toBe(200)
    expect(r.json.successors.map((u: { code: string }) => u.code)).toEqual(["02839"])
    const p = await call(app, "GET", "/v1/units/02647/lineage?date=2025-07-01&earlier=2024-01-01", {
      claims: laoCai.admin,
    })
    expect(p.json.predecessors).toHaveLength(6)
  })

  it("a province without a registry gets 404; no token → 401", async () => {
    expect((await call(app, "GET", "/v1/units?date=2024-01-01", { claims: claims.admin })).status).toBe(404)
    expect((await call(app, "GET", "/v1/units?date=2024-01-01")).status).toBe(401)
  })
})
