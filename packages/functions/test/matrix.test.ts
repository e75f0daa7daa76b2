/** The authorization matrix through the real endpoints: role × endpoint on one commune, with stored assignment facts. */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeApiApp } from "./support/app.ts"
import { call } from "./support/widgets.ts"

const app = makeApiApp()
afterAll(() => app.dispose())

/** Illustrative province 86: commune 86001 (assigned to agency AG-86-A), commune 86002 (nobody's). */
const P = "86"
const C = "86001"
const roles = {
  admin: { sub: "m-admin", "cognito:groups": "[province-admin]", "custom:province": P },
  otherAdmin: { sub: "m-admin-85", "cognito:groups": "[province-admin]", "custom:province": "85" },
  assignedAgency: { sub: "m-ag-a", "cognito:groups": "[agency]", "custom:province": P, "custom:agency": "AG-86-A" },
  otherAgency: { sub: "m-ag-b", "cognito:groups": "[agency]", "custom:province": P, "custom:agency": "AG-86-B" },
  ownOfficial: { sub: "m-off", "cognito:groups": "[commune-official]", "custom:province": P, "custom:unit": C },
  otherOfficial: {
    sub: "m-off-2",
    "cognito:groups": "[commune-official]",
    "custom:province": P,
    "custom:unit": "86002",
  },
  viewer: { sub: "m-view", "cognito:groups": "[unit-viewer]", "custom:province": P, "custom:unit": C },
  public: undefined,
} as const
type Role = keyof typeof roles

const base = `/v1/provinces/${P}/communes/${C}`
const activity = { kind: "visit", date: "2024-03-01", participants: [], notes: "", contributionIds: [] }
const difficulty = {
  category: "difficulty",
  summary: "x",
  raisedBy: { kind: "commune" },
  raisedOn: "2024-02-01",
  addressedTo: { level: "district" },
}
const assessment = {
  year: 2024,
  date: "2024-12-31",
  values: {},
  facts: { region: "TDMNPB", classifications: [] },
}
const plan = { year: 2024, packId: "qd51-2025", criteria: [], resources: [] }

/** Which roles each endpoint admits (the rest: 403; public: 401). */
const endpoints: ReadonlyArray<{
  name: string
  method: string
  path: string
  body?: unknown
  ok: number
  allowed: ReadonlyArray<Role>
}> = [
  {
    name: "submit an assessment",
    method: "POST",
    path: `${base}/assessments`,
    body: assessment,
    ok: 201,
    allowed: ["admin", "ownOfficial"],
  },
  {
    name: "read assessments",
    method: "GET",
    path: `${base}/assessments`,
    ok: 200,
    allowed: ["admin", "assignedAgency", "ownOfficial", "viewer"],
  },
  {
    name: "record an activity",
    method: "POST",
    path: `${base}/activities`,
    body: activity,
    ok: 201,
    allowed: ["admin", "assignedAgency", "ownOfficial"],
  },
  {
    name: "read activities",
    method: "GET",
    path: `${base}/activities`,
    ok: 200,
    allowed: ["admin", "assignedAgency", "ownOfficial", "viewer"],
  },
  {
    name: "raise a difficulty",
    method: "POST",
    path: `${base}/difficulties`,
    body: difficulty,
    ok: 201,
    allowed: ["admin", "assignedAgency", "ownOfficial"],
  },
  {
    name: "assign a helper",
    method: "POST",
    path: `${base}/assignments`,
    body: { helper: "AG-86-C", role: "support", from: "2024-01-01", legalBasis: "x" },
    ok: 201,
    allowed: ["admin"],
  },
  {
    name: "read assignments",
    method: "GET",
    path: `${base}/assignments`,
    ok: 200,
    allowed: ["admin", "assignedAgency", "ownOfficial", "viewer"],
  },
  { name: "make a plan", method: "POST", path: `${base}/plans`, body: plan, ok: 201, allowed: ["admin"] },
  {
    name: "read plans",
    method: "GET",
    path: `${base}/plans`,
    ok: 200,
    allowed: ["admin", "assignedAgency", "ownOfficial", "viewer"],
  },
  {
    name: "read packs",
    method: "GET",
    path: "/v1/packs",
    ok: 200,
    allowed: ["admin", "otherAdmin", "assignedAgency", "otherAgency", "ownOfficial", "otherOfficial", "viewer"],
  },
]

beforeAll(async () => {
  const r = await call(app, "POST", `${base}/assignments`, {
    claims: roles.admin,
    body: { helper: "AG-86-A", role: "lead", from: "2020-01-01", legalBasis: "QĐ minh họa (illustrative)" },
  })
  expect(r.status).toBe(201)
})

describe("role × endpoint", () => {
  for (const e of endpoints) {
    it(e.name, async () => {
      const got: Record<string, number> = {}
      const want: Record<string, number> = {}
      for (const role of Object.keys(roles) as Array<Role>) {
        const r = await call(app, e.method, e.path, {
          claims: roles[role],
          ...(e.body === undefined ? {} : { body: e.body }),
        })
        got[role] = r.status
        want[role] = role === "public" ? 401 : e.allowed.includes(role) ? e.ok : 403
      }
      expect(got).toEqual(want)
    })
  }
})
