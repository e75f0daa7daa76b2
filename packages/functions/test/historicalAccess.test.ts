/** Historical records are authorized by the units on their dates: old Lào Cai's 2022 records after the 2025 reorganisation. */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { laoCai, makeOwnTableApp } from "./support/app.ts"
import { call } from "./support/widgets.ts"

// Xã Cốc San (02746) was in province 10 (Thành phố Lào Cai, 080) until 2025-06-30 and is in province 15 since
// 2025-07-01 (lao-cai-units.md); the clock (fixed at 2026-03-01) is after that, so "today's units" would put every record of it in 15.
const app = makeOwnTableApp("historical", { now: Date.parse("2026-03-01T08:00:00Z") })
beforeAll(() => app.ready())
afterAll(() => app.dispose())

const p15admin = { sub: "p15-admin", "cognito:groups": "[province-admin]", "custom:province": "15" }
const base = "/v1/provinces/10/communes/02746"

describe("a commune now in province 15: its 2022 records stay province 10's", () => {
  it("the province-10 admin, and the district viewer of 2022 list them; province 15 does not", async () => {
    const a = await call(app, "POST", `${base}/assessments`, {
      claims: laoCai.admin,
      body: { year: 2022, date: "2022-10-01", values: {} },
    })
    expect(a.status, a.text).toBe(201)
    expect(a.json).toMatchObject({ province: "10", district: "080" })
    const plan = await call(app, "POST", `${base}/plans`, {
      claims: laoCai.admin,
      body: { year: 2022, packId: a.json.packId, criteria: [], resources: [] },
    })
    expect(plan.status, plan.text).toBe(201)
    for (const claims of [laoCai.admin, laoCai.viewer]) {
      for (const path of [`${base}/assessments?year=2022`, `${base}/assessments`, `${base}/plans?year=2022`]) {
        const r = await call(app, "GET", path, { claims })
        expect(r.status, `${path} ${r.text}`).toBe(200)
        expect(r.json.items).toHaveLength(1)
      }
      for (const path of [
        `${base}/activities`,
        `${base}/difficulties`,
        `${base}/assignments`,
        "/v1/provinces/10/contributions?commune=02746",
        "/v1/provinces/10/contributions?commune=02746&year=2022",
        "/v1/provinces/10/contributions/totals?commune=02746&year=2022",
      ]) {
        expect((await call(app, "GET", path, { claims })).status, path).toBe(200)
      }
      // By id the stored scope decides (it always did).
      expect((await call(app, "GET", `/v1/assessments/${a.json.id}`, { claims })).status).toBe(200)
    }
    // Province 15's admin may not read province 10's records of it, nor list them under province 15.
    expect((await call(app, "GET", `${base}/assessments?year=2022`, { claims: p15admin })).status).toBe(403)
    expect((await call(app, "GET", `/v1/assessments/${a.json.id}`, { claims: p15admin })).status).toBe(403)
    const under15 = await call(app, "GET", "/v1/provinces/15/communes/02746/assessments?year=2022", {
      claims: p15admin,
    })
    expect(under15.json.items ?? []).toEqual([])
    // In 2026 the xã is province 15's: nothing of 2026 is province 10's to list.
    expect((await call(app, "GET", `${base}/assessments?year=2026`, { claims: laoCai.admin })).status).toBe(403)
  })
})
