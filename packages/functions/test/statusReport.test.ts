/** The NTM status report, a province's assessments of a year, and money target progress, on their own DynamoDB Local table. */
import { IsoDate, UnitCode } from "@ntm/core"
import { programmeHierarchy } from "@ntm/core/integration"
import { RollUp } from "@ntm/core/plans"
import { laoCaiRegistry } from "@ntm/core/units"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeOwnTableApp } from "./support/app.ts"
import { cashLine, expectXlsx, laoCai } from "./support/ledger.ts"
import { call } from "./support/widgets.ts"

const app = makeOwnTableApp("status-report")
afterAll(() => app.dispose())

/** Old Lào Cai (10) in 2023: Xã Cốc San 02746 and Xã Đồng Tuyển 02662 (Thành phố Lào Cai, 080), Tả Thàng 02794. */
const COMMUNES = ["02746", "02662", "02794"] as const
const assess = (commune: string, year: number, values: Record<string, unknown>) =>
  call(app, "POST", `/v1/provinces/10/communes/${commune}/assessments`, {
    claims: laoCai.admin,
    body: { year, date: `${year}-12-01`, values },
  })
const provider = { kind: "enterprise", id: "sr-provider", name: "Công ty Thử Báo cáo (minh họa)" }
const cash = (amount: string, date: string) => cashLine(provider, amount, { date })
const moneyTarget = {
  title: { vi: "Huy động tiền mặt Cốc San (minh họa)", en: "Cash mobilised in Cốc San (illustrative)" },
  scope: "02746",
  indicator: { _tag: "MoneyMobilised" },
  cumulative: false,
  periods: [
    { period: { start: "2023-01-01", end: "2023-12-31" }, values: [{ value: "10000000", source: "minh họa" }] },
  ],
}
let targetId = ""

beforeAll(async () => {
  await app.ready()
  for (const c of COMMUNES) expect((await assess(c, 2023, { "3.1": { kind: "percent", value: 80 } })).status).toBe(201)
  // A second 2023 submission for Cốc San: the newest of the year stands (one status per commune and year).
  expect((await assess("02746", 2023, { "3.1": { kind: "percent", value: 90 } })).status).toBe(201)
  expect((await assess("02746", 2022, {})).status).toBe(201)
  // 12,000,000 confirmed and 3,000,000 only delivered in 2023; 5,000,000 confirmed in 2022 (another year).
  const lines = [cash("12000000", "2023-04-01"), cash("3000000", "2023-05-01"), cash("5000000", "2022-04-01")]
  const ids: Array<string> = []
  for (const body of lines) {
    const r = await call(app, "POST", "/v1/contributions", { claims: laoCai.admin, body })
    expect(r.status, r.text).toBe(201)
    ids.push(r.json.id)
  }
  for (const [id, date] of [
    [ids[0], "2023-04-02"],
    [ids[2], "2022-04-02"],
  ] as const) {
    const ok = await call(app, "POST", `/v1/contributions/${id}/confirm`, {
      claims: laoCai.coSan,
      body: { version: 1, date },
    })
    expect(ok.status, ok.text).toBe(200)
  }
  const t = await call(app, "POST", "/v1/provinces/10/targets", { claims: laoCai.admin, body: moneyTarget })
  expect(t.status, t.text).toBe(201)
  targetId = t.json.id
})

const status = (query: string, claims: Record<string, unknown> = laoCai.admin) =>
  call(app, "GET", `/v1/reports/status?province=10&${query}`, { claims })
type Row = Record<string, unknown> & { indicator?: { en: string } }
const sheet = (json: { sheets: Array<{ id: string; rows: Array<Row> }> }, id: string) =>
  json.sheets.find((s) => s.id === id)?.rows ?? []

describe("GET /v1/reports/status", () => {
  it("JSON: core's status report over the stored assessments, programme hierarchy and targets", async () => {
    const r = await status("year=2023&lang=en")
    expect(r.status, r.text).toBe(200)
    expect(r.json.id).toBe("ntm-status-2023")
    expect(r.json.sheets.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(["summary", "tiers", "bands", "attainment", "by-unit", "regressions", "targets"]),
    )
    const summary = sheet(r.json, "summary")
    const count = (en: string) => summary.find((x) => x.indicator?.en === en)?.count
    const xa = RollUp.leavesAt(
      programmeHierarchy(laoCaiRegistry),
      UnitCode.unitCode("10"),
      IsoDate.isoDate("2023-12-31"),
    )
    expect(count("Communes in scope")).toBe(xa.length)
    // Three communes assessed: two submissions of Cốc San count once.
    expect(count("Communes assessed")).toBe(3)
    // Villages are not stored: blank, never 0.
    expect(count("NTM villages (in force)")).toBeNull()
    // Criterion keys follow core's convention, family:code.
    const keys = sheet(r.json, "attainment").map((x) => String(x.criterion))
    expect(keys.length).toBeGreaterThan(0)
    for (const k of keys) expect(k).toMatch(/^[^:]+:[^:]+$/u)
    // The money target, from confirmed lines only: exact đồng as a decimal string.
    const target = sheet(r.json, "targets").find((x) => x.id === targetId)
    expect(target).toMatchObject({ actualDong: "12000000", targetDong: "10000000" })
    expect(r.json.notice).toBeUndefined()
  })

  it("a sheet as CSV, all sheets as XLSX; `sheet` narrows JSON to the summary and that sheet", async () => {
    const narrowed = await status("year=2023&sheet=by-unit")
    expect(narrowed.json.sheets.map((s: { id: string }) => s.id)).toEqual(["summary", "by-unit"])
    const csv = await status("year=2023&sheet=tiers&format=csv")
    expect(csv.status).toBe(200)
    expect(csv.headers.get("content-type")).toContain("text/csv")
    expect(csv.text).toContain("Mức đạt chuẩn")
    await expectXlsx(app, "/v1/reports/status?province=10&year=2023&format=xlsx", laoCai.admin)
  })

  it("is province-scoped like other reports; a province without a unit registry is a 404", async () => {
    expect((await status("year=2023", laoCai.coSan)).status).toBe(403)
    expect((await status("year=2023", laoCai.otherAdmin)).status).toBe(403)
    expect((await call(app, "GET", "/v1/reports/status?province=10&year=2023")).status).toBe(401)
    const foreign = await call(app, "GET", "/v1/reports/status?province=91&year=2023", { claims: laoCai.otherAdmin })
    expect(foreign.status).toBe(404)
    const bad = await status("year=23&sheet=all&format=pdf")
    expect(bad.status).toBe(400)
    expect(bad.json.errors.map((e: { path: Array<string> }) => e.path.join("."))).toEqual(
      expect.arrayContaining(["query.year", "query.sheet", "query.format"]),
    )
  })

  it("province 15 (the new Lào Cai): served from the 2025 reorganisation on; earlier years are refused, not partial", async () => {
    const newLaoCai = { sub: "l-admin-15", "cognito:groups": "[province-admin]", "custom:province": "15" }
    const r = await call(app, "GET", "/v1/reports/status?province=15&year=2025&lang=en", { claims: newLaoCai })
    expect(r.status, r.text).toBe(200)
    const inScope = sheet(r.json, "summary").find((x) => x.indicator?.en === "Communes in scope")?.count
    const xa = RollUp.leavesAt(
      programmeHierarchy(laoCaiRegistry),
      UnitCode.unitCode("15"),
      IsoDate.isoDate("2025-12-31"),
    )
    expect(xa.length).toBeGreaterThan(0)
    expect(inScope).toBe(xa.length)
    // Before 2025-07-01 code 15 was Yên Bái, of which the registry holds only the communes that joined Lào Cai.
    const partial = await call(app, "GET", "/v1/reports/status?province=15&year=2024", { claims: newLaoCai })
    expect(partial.status).toBe(404)
    expect(partial.json.detail).toContain("only from 2025-07-01")
  })

  it("public only once a province admin publishes it (like the help report)", async () => {
    const path = "/v1/public/reports/status/10/2023"
    expect((await call(app, "GET", path)).status).toBe(404)
    const publish = (claims: Record<string, unknown>) =>
      call(app, "POST", "/v1/reports/status/publications", { claims, body: { province: "10", year: "2023" } })
    expect((await publish(laoCai.coSan)).status).toBe(403)
    const p = await publish(laoCai.admin)
    expect(p.status, p.text).toBe(201)
    expect(p.json).toMatchObject({ id: "status-10-2023", kind: "status", province: "10", year: "2023" })
    expect((await publish(laoCai.admin)).status).toBe(409)
    const pub = await call(app, "GET", `${path}?lang=en`)
    expect(pub.status).toBe(200)
    expect(pub.json.id).toBe("ntm-status-2023")
    // Publishing the status report does not publish the help report of that year.
    expect((await call(app, "GET", "/v1/public/reports/help/10/2023?by=provider")).status).toBe(404)
    expect((await call(app, "GET", "/v1/public/reports/status/10/2022")).status).toBe(404)
  })
})

describe("GET /v1/provinces/{province}/assessments?year=", () => {
  it("lists the province's assessments of a year (S2), paginated with the opaque cursor", async () => {
    const seen: Array<{ commune: string; year: number }> = []
    let cursor: string | undefined
    let pages = 0
    do {
      const q = `year=2023&limit=2${cursor === undefined ? "" : `&cursor=${encodeURIComponent(cursor)}`}`
      const r = await call(app, "GET", `/v1/provinces/10/assessments?${q}`, { claims: laoCai.admin })
      expect(r.status, r.text).toBe(200)
      seen.push(...r.json.items)
      cursor = r.json.cursor
      pages += 1
    } while (cursor !== undefined)
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(seen.map((a) => a.commune)).toEqual(["02662", "02746", "02746", "02794"])
    expect(seen.every((a) => a.year === 2023)).toBe(true)
    const y2022 = await call(app, "GET", "/v1/provinces/10/assessments?year=2022", { claims: laoCai.admin })
    expect(y2022.json.items.map((a: { commune: string }) => a.commune)).toEqual(["02746"])
  })

  it("is read in the province: a commune official, another province or no year are refused", async () => {
    const path = "/v1/provinces/10/assessments?year=2023"
    expect((await call(app, "GET", path, { claims: laoCai.coSan })).status).toBe(403)
    expect((await call(app, "GET", path, { claims: laoCai.otherAdmin })).status).toBe(403)
    const noYear = await call(app, "GET", "/v1/provinces/10/assessments", { claims: laoCai.admin })
    expect(noYear.status).toBe(400)
    expect(noYear.json.errors[0].path).toEqual(["query", "year"])
    const other = await call(app, "GET", "/v1/provinces/91/assessments?year=2023&cursor=abc", {
      claims: laoCai.otherAdmin,
    })
    expect(other.status).toBe(400)
  })
})

describe("money target progress", () => {
  it("sums the ledger's confirmed đồng for the commune and year (exact, a decimal string)", async () => {
    const r = await call(app, "GET", `/v1/targets/${targetId}/progress`, { claims: laoCai.admin })
    expect(r.status, r.text).toBe(200)
    expect(r.json.unavailable).toBeUndefined()
    expect(r.json.periods).toHaveLength(1)
    expect(r.json.periods[0]).toMatchObject({ target: "10000000", actual: "12000000", achieved: true })
  })
})
