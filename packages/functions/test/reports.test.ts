/** The help report over stored lines, its publication and the public route, through the real endpoints on DynamoDB Local. */

import { randomUUID } from "node:crypto"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, cashLine, expectXlsx, laoCai, makeLedgerApp } from "./support/ledger.ts"

const app = makeLedgerApp()
afterAll(async () => {
  await app.dispose()
})

// Year 2024 is this file's own: cash lines (no price list needed) to Xã Cốc San (02746).
const provider = { kind: "enterprise", id: `r-${randomUUID().slice(0, 8)}`, name: "Công ty Báo cáo Thử" }
const line = (amount: string) => cashLine(provider, amount)

beforeAll(async () => {
  const a = await call(app, "POST", "/v1/contributions", { claims: laoCai.admin, body: line("12000000") })
  await call(app, "POST", "/v1/contributions", { claims: laoCai.admin, body: line("3000000") })
  const ok = await call(app, "POST", `/v1/contributions/${a.json.id}/confirm`, {
    claims: laoCai.coSan,
    body: { version: 1, date: "2024-04-02" },
  })
  expect(ok.status, ok.text).toBe(200)
})

const help = (query: string, claims: Record<string, unknown> | undefined = laoCai.admin) =>
  call(app, "GET", `/v1/reports/help?province=10&year=2024&${query}`, { claims })

describe("help report", () => {
  it("JSON: the summary and the chosen sheet, built from the year's stored lines", async () => {
    const r = await help("by=provider&format=json")
    expect(r.status, r.text).toBe(200)
    expect(r.json.sheets.map((s: { id: string }) => s.id)).toEqual(["summary", "by-provider"])
    expect(r.text).toContain(provider.name)
    // Only the confirmed 12,000,000 counts officially; the delivered 3,000,000 is shown apart.
    expect(r.text).toContain("12000000")
    const commune = await help("by=commune")
    expect(commune.json.sheets.map((s: { id: string }) => s.id)).toEqual(["summary", "by-commune"])
    const rebased = await help("by=unit2025&lang=en")
    expect(rebased.status, rebased.text).toBe(200)
    expect(rebased.json.sheets.map((s: { id: string }) => s.id)).toEqual(["summary", "rebased"])
    // The further sheets the dashboard shows: quantity list, valuation method, reconciliation.
    for (const by of ["items", "method", "reconciliation"]) {
      const r = await help(`by=${by}`)
      expect(r.json.sheets.map((s: { id: string }) => s.id)).toEqual(["summary", by])
    }
  })

  it("CSV and XLSX files", async () => {
    const csv = await help("by=district&format=csv")
    expect(csv.status).toBe(200)
    expect(csv.headers.get("content-type")).toContain("text/csv")
    expect(csv.text.length).toBeGreaterThan(10)
    await expectXlsx(app, "/v1/reports/help?province=10&year=2024&by=provider&format=xlsx", laoCai.admin)
  })

  it("authorization: a province-wide report is read in the province, not by a commune or another province", async () => {
    expect((await help("by=provider", laoCai.coSan)).status).toBe(403)
    expect((await help("by=provider", laoCai.otherAdmin)).status).toBe(403)
    expect((await call(app, "GET", "/v1/reports/help?province=10&year=2024&by=provider")).status).toBe(401)
    const bad = await help("by=nation&format=pdf")
    expect(bad.status).toBe(400)
    expect(bad.json.errors.map((e: { path: Array<string> }) => e.path.join("."))).toEqual(
      expect.arrayContaining(["query.by", "query.format"]),
    )
  })
})

describe("publication and the public route", () => {
  it("the public reads a report only once a province admin published it", async () => {
    const open = () => call(app, "GET", "/v1/public/reports/help/10/2024?by=provider")
    expect((await open()).status).toBe(404)
    const body = { province: "10", year: "2024" }
    expect((await call(app, "POST", "/v1/reports/help/publications", { claims: laoCai.coSan, body })).status).toBe(403)
    expect((await call(app, "POST", "/v1/reports/help/publications", { claims: laoCai.otherAdmin, body })).status).toBe(
      403,
    )
    const pub = await call(app, "POST", "/v1/reports/help/publications", { claims: laoCai.admin, body })
    expect(pub.status, pub.text).toBe(201)
    expect(pub.json).toMatchObject({ id: "help-10-2024", kind: "help", publishedBy: "l-admin", version: 1 })
    expect((await call(app, "POST", "/v1/reports/help/publications", { claims: laoCai.admin, body })).status).toBe(409)
    const r = await open()
    expect(r.status, r.text).toBe(200)
    expect(r.text).toContain(provider.name)
    // Another year of the same province stays closed.
    expect((await call(app, "GET", "/v1/public/reports/help/10/2023?by=provider")).status).toBe(404)
  })
})

describe("fuzz: arbitrary JSON on the publish endpoint", () => {
  it("always 4xx with paths, never 5xx", async () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          province: fc.oneof(fc.constant("1"), fc.constant(10), fc.jsonValue()),
          year: fc.oneof(fc.constant("24"), fc.constant(2024), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
    )
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const r = await call(app, "POST", "/v1/reports/help/publications", {
          claims: laoCai.admin,
          rawBody: JSON.stringify(b) ?? "",
        })
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(r.status).toBeLessThan(500)
        expect(r.json.errors.length).toBeGreaterThan(0)
      }),
      { numRuns: 80 },
    )
  })
})
