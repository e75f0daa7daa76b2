/** Commune plans and province targets on DynamoDB Local: access patterns, progress from stored assessments, authorization. */
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { laoCai, makeApiApp } from "./support/app.ts"
import { call } from "./support/widgets.ts"

const app = makeApiApp()
afterAll(() => app.dispose())

let seq = 0
const freshCommune = () => `87${String(++seq).padStart(3, "0")}`
const P = "87"
const admin = { sub: "p87-admin", "cognito:groups": "[province-admin]", "custom:province": P }
const official = (commune: string) => ({
  sub: `official-${commune}`,
  "cognito:groups": "[commune-official]",
  "custom:province": P,
  "custom:unit": commune,
})
const plan = (year: number) => ({
  year,
  packId: "qd318-2022/phu-luc-1",
  targetTier: "ntm",
  criteria: [
    { key: "3", intent: "reach" },
    { key: "1", intent: "maintain" },
  ],
  resources: [{ source: "local-budget", amount: "300000000" }],
  note: "illustrative",
})

describe("commune plans", () => {
  it("create (admin only), list by commune and year, replace under optimistic concurrency", async () => {
    const c = freshCommune()
    const path = `/v1/provinces/${P}/communes/${c}/plans`
    expect((await call(app, "POST", path, { claims: official(c), body: plan(2024) })).status).toBe(403)
    const a = await call(app, "POST", path, { claims: admin, body: plan(2024) })
    expect(a.status).toBe(201)
    expect(a.json).toMatchObject({ unit: c, province: P, version: 1, resources: [{ amount: "300000000" }] })
    await call(app, "POST", path, { claims: admin, body: plan(2025) })
    expect((await call(app, "GET", path, { claims: official(c) })).json.items).toHaveLength(2)
    expect((await call(app, "GET", `${path}?year=2025`, { claims: official(c) })).json.items[0].year).toBe(2025)
    expect((await call(app, "GET", path, { claims: official(freshCommune()) })).status).toBe(403)
    expect((await call(app, "GET", `/v1/plans/${a.json.id}`, { claims: official(c) })).json.id).toBe(a.json.id)
    expect((await call(app, "GET", `/v1/plans/${a.json.id}`, { claims: official(freshCommune()) })).status).toBe(403)
    const put = await call(app, "PUT", `/v1/plans/${a.json.id}`, {
      claims: admin,
      body: { ...plan(2024), note: "revised", version: 1 },
    })
    expect(put.json).toMatchObject({ note: "revised", version: 2, unit: c })
    const stale = await call(app, "PUT", `/v1/plans/${a.json.id}`, {
      claims: admin,
      body: { ...plan(2024), version: 1 },
    })
    expect(stale.json).toMatchObject({ status: 409, reason: "stale-version", currentVersion: 2 })
    const dup = await call(app, "POST", path, {
      claims: admin,
      body: {
        ...plan(2024),
        criteria: [
          { key: "3", intent: "reach" },
          { key: "3", intent: "maintain" },
        ],
      },
    })
    expect(dup.json.errors).toContainEqual(
      expect.objectContaining({ path: ["payload", "criteria", 1, "key"], rule: "plan.duplicate-criterion" }),
    )
  })

  it("progress comes from the commune's stored assessments (not-assessed before any)", async () => {
    const c = freshCommune()
    const p = await call(app, "POST", `/v1/provinces/${P}/communes/${c}/plans`, { claims: admin, body: plan(2024) })
    const before = await call(app, "GET", `/v1/plans/${p.json.id}/progress`, { claims: official(c) })
    expect(before.json.criteria.map((x: { state: string }) => x.state)).toEqual(["not-assessed", "not-assessed"])
    await call(app, "POST", `/v1/provinces/${P}/communes/${c}/assessments`, {
      claims: official(c),
      body: {
        year: 2024,
        date: "2024-12-31",
        packId: "qd318-2022/phu-luc-1",
        values: { "3.1": { kind: "percent", value: 10 } },
        facts: { region: "TDMNPB", classifications: [] },
      },
    })
    const after = await call(app, "GET", `/v1/plans/${p.json.id}/progress`, { claims: official(c) })
    expect(after.status).toBe(200)
    expect(after.json).toMatchObject({ planId: p.json.id, assessmentYear: 2024, samePack: true, planned: 2 })
    expect(after.json.criteria.every((x: { state: string }) => x.state !== "not-assessed")).toBe(true)
  })
})

describe("province targets", () => {
  const target = {
    title: { vi: "Số xã đạt chuẩn NTM (minh họa)", en: "Communes at NTM (illustrative)" },
    scope: "10",
    indicator: { _tag: "CommunesAtTier", tier: "ntm", match: "at-least" },
    cumulative: false,
    periods: [{ period: { start: "2024-01-01", end: "2024-12-31" }, values: [{ value: 3, source: "illustrative" }] }],
  }

  it("create, list by province, progress with coverage from stored assessments; money from the ledger", async () => {
    await call(app, "POST", "/v1/provinces/10/communes/02746/assessments", {
      claims: laoCai.admin,
      body: { year: 2024, date: "2024-12-31", values: { "3.1": { kind: "percent", value: 80 } } },
    })
    const t = await call(app, "POST", "/v1/provinces/10/targets", { claims: laoCai.admin, body: target })
    expect(t.status).toBe(201)
    expect((await call(app, "GET", `/v1/targets/${t.json.id}`, { claims: laoCai.admin })).json.scope).toBe("10")
    // A district viewer reads within its district only; a province-wide target is outside it.
    expect((await call(app, "GET", `/v1/targets/${t.json.id}`, { claims: laoCai.viewer })).status).toBe(403)
    const listed = await call(app, "GET", "/v1/provinces/10/targets", { claims: laoCai.admin })
    expect(listed.json.items.map((x: { id: string }) => x.id)).toContain(t.json.id)
    const progress = await call(app, "GET", `/v1/targets/${t.json.id}/progress?statusPolicy=latest`, {
      claims: laoCai.admin,
    })
    expect(progress.status).toBe(200)
    const row = progress.json.periods[0]
    expect(row.target).toBe(3)
    expect(row.coverage.communes).toBeGreaterThan(100)
    expect(row.coverage.assessed).toBeGreaterThanOrEqual(1)
    expect(row.coverage.complete).toBe(false)
    const money = await call(app, "POST", "/v1/provinces/10/targets", {
      claims: laoCai.admin,
      body: {
        ...target,
        indicator: { _tag: "MoneyMobilised" },
        periods: [{ period: target.periods[0]!.period, values: [{ value: "1000000000", source: "illustrative" }] }],
      },
    })
    expect(money.status).toBe(201)
    const mp = await call(app, "GET", `/v1/targets/${money.json.id}/progress`, { claims: laoCai.admin })
    // From the ledger's confirmed lines (other test files write 2024 lines to this shared table: exact sums are
    // checked in statusReport.test.ts and targetMoney.test.ts).
    expect(mp.json.unavailable).toBeUndefined()
    expect(mp.json.periods).toHaveLength(1)
    expect(mp.json.periods[0].actual).toMatch(/^\d+$/u)
  })

  it("only the province admin manages targets; a scope outside the province is refused with a path", async () => {
    expect(
      (await call(app, "POST", "/v1/provinces/10/targets", { claims: laoCai.official, body: target })).status,
    ).toBe(403)
    expect((await call(app, "POST", "/v1/provinces/10/targets", { claims: admin, body: target })).status).toBe(403)
    const outside = await call(app, "POST", "/v1/provinces/10/targets", {
      claims: laoCai.admin,
      body: { ...target, scope: "99999" },
    })
    expect(outside.json.errors).toContainEqual(expect.objectContaining({ path: ["payload", "scope"] }))
  })

  it("replace under optimistic concurrency: the province stays, a stale version or a foreign scope changes nothing", async () => {
    const t = await call(app, "POST", "/v1/provinces/10/targets", { claims: laoCai.admin, body: target })
    expect(t.status).toBe(201)
    const path = `/v1/targets/${t.json.id}`
    const revised = {
      ...target,
      scope: "080",
      periods: [{ ...target.periods[0]!, values: [{ value: 2, source: "illustrative, revised" }] }],
    }
    const put = await call(app, "PUT", path, { claims: laoCai.admin, body: { ...revised, version: 1 } })
    expect(put.status, put.text).toBe(200)
    expect(put.json).toMatchObject({ id: t.json.id, province: "10", scope: "080", version: 2 })
    expect(put.json.createdAt).toBe(t.json.createdAt)
    // The same with If-Match instead of the body's version; a stale one is a 409 with the current version.
    const viaHeader = await call(app, "PUT", path, {
      claims: laoCai.admin,
      body: { ...revised, version: 2 },
      headers: { "if-match": '"2"' },
    })
    expect(viaHeader.json.version).toBe(3)
    const stale = await call(app, "PUT", path, { claims: laoCai.admin, body: { ...target, version: 1 } })
    expect(stale.json).toMatchObject({ status: 409, reason: "stale-version", currentVersion: 3 })
    // A scope outside the province and an invalid period are refused with their paths; nothing is written.
    const bad = await call(app, "PUT", path, {
      claims: laoCai.admin,
      body: {
        ...target,
        scope: "99999",
        periods: [{ period: { start: "2024-12-31", end: "2024-01-01" }, values: target.periods[0]!.values }],
        version: 3,
      },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.errors.map((e: { path: Array<unknown> }) => e.path.join("."))).toEqual(
      expect.arrayContaining(["payload.scope"]),
    )
    expect(bad.json.errors.some((e: { path: Array<unknown> }) => e.path[1] === "periods")).toBe(true)
    // Only the province's admin replaces it.
    expect((await call(app, "PUT", path, { claims: admin, body: { ...target, version: 3 } })).status).toBe(403)
    expect((await call(app, "PUT", path, { claims: laoCai.official, body: { ...target, version: 3 } })).status).toBe(
      403,
    )
    expect((await call(app, "GET", path, { claims: laoCai.admin })).json).toMatchObject({ scope: "080", version: 3 })
    expect(
      (await call(app, "PUT", "/v1/targets/no-such", { claims: laoCai.admin, body: { ...target, version: 1 } })).status,
    ).toBe(404)
  })

  it("fuzz: arbitrary JSON on plan and target writes → 4xx with paths, nothing written", async () => {
    const c = freshCommune()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(`/v1/provinces/${P}/communes/${c}/plans`, `/v1/provinces/${P}/targets`),
        fc.jsonValue({ maxDepth: 3 }),
        async (path, body) => {
          const r = await call(app, "POST", path, { claims: admin, body })
          expect(r.status).toBeGreaterThanOrEqual(400)
          expect(r.status).toBeLessThan(500)
          if (r.status === 400) expect(r.json.errors.every((e: { path: unknown }) => Array.isArray(e.path))).toBe(true)
        },
      ),
      { numRuns: 40 },
    )
    expect((await call(app, "GET", `/v1/provinces/${P}/communes/${c}/plans`, { claims: admin })).json.items).toEqual([])
    expect((await call(app, "GET", `/v1/provinces/${P}/targets`, { claims: admin })).json.items).toEqual([])
  })
})
