/** Assessments, assignments (and the policy facts they feed), activities and difficulties on DynamoDB Local. */
import { randomUUID } from "node:crypto"
import { QueryCommand } from "@aws-sdk/lib-dynamodb"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { makeWebHandler } from "../src/http/app.ts"
import { sequentialIds } from "../src/services/IdGenerator.ts"
import { makeDocumentClient, makeDynamoClient } from "../src/table/client.ts"
import { dynamoLayer } from "../src/table/Dynamo.ts"
import { laoCai, makeApiApp } from "./support/app.ts"
import { call, dynamo } from "./support/widgets.ts"

const app = makeApiApp()
const { endpoint, tableName } = dynamo()
const raw = makeDynamoClient({ endpoint })
const doc = makeDocumentClient(raw)
afterAll(async () => {
  await app.dispose()
  raw.destroy()
})

/** Illustrative province 88 (not a real GSO code in use here), fresh communes 88nnn, fresh agency ids. */
let seq = 0
const freshCommune = () => `88${String(++seq).padStart(3, "0")}`
const freshAgency = () => `AG-${randomUUID().slice(0, 8)}`
const P = "88"
const admin = { sub: "p88-admin", "cognito:groups": "[province-admin]", "custom:province": P }
const otherAdmin = { sub: "p89-admin", "cognito:groups": "[province-admin]", "custom:province": "89" }
const agency = (id: string) => ({
  sub: `sub-${id}`,
  "cognito:groups": "[agency]",
  "custom:province": P,
  "custom:agency": id,
})
const official = (commune: string) => ({
  sub: `official-${commune}`,
  "cognito:groups": "[commune-official]",
  "custom:province": P,
  "custom:unit": commune,
})
const viewer = (unit: string) => ({
  sub: `viewer-${unit}`,
  "cognito:groups": "[unit-viewer]",
  "custom:province": P,
  "custom:unit": unit,
})

/** Every item in a commune's gsi1 partition (all entity types). */
const itemsIn = async (commune: string) => {
  const q = await doc.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :p",
      ExpressionAttributeValues: { ":p": `COMMUNE#${commune}` },
    }),
  )
  return q.Items?.length ?? 0
}

const measurements = (year: number) => ({
  year,
  date: `${year}-12-31`,
  values: { "3.1": { kind: "percent", value: 75.5 }, "1.1": { kind: "boolean", value: true } },
  facts: { region: "TDMNPB", classifications: [] },
})

const assign = async (commune: string, helper: string, from = "2020-01-01") => {
  const r = await call(app, "POST", `/v1/provinces/${P}/communes/${commune}/assignments`, {
    claims: admin,
    body: { helper, role: "lead", from, legalBasis: "QĐ minh họa (illustrative)" },
  })
  expect(r.status).toBe(201)
  return r.json
}

describe("commune assessments", () => {
  it("an official submits for its own commune: stored with the evaluation of the pack in force (registry facts)", async () => {
    const r = await call(app, "POST", "/v1/provinces/10/communes/02746/assessments", {
      claims: laoCai.official,
      body: { year: 2024, date: "2024-12-31", values: { "3.1": { kind: "percent", value: 75.5 } } },
    })
    expect(r.status).toBe(201)
    expect(r.json).toMatchObject({ province: "10", district: "080", commune: "02746", version: 1, tier: "ntm" })
    expect(r.json.evaluation.packId).toBe(r.json.packId)
    expect(r.json.facts.region).toBe("TDMNPB")
    expect(typeof r.json.provisional).toBe("boolean")
    expect(typeof r.json.restsOnFillIn).toBe("boolean")
    // The district viewer reads it; the trail has one create.
    const got = await call(app, "GET", `/v1/assessments/${r.json.id}`, { claims: laoCai.viewer })
    expect(got.status).toBe(200)
    const trail = await call(app, "GET", `/v1/audit/Assessment/${r.json.id}`, { claims: laoCai.admin })
    expect(trail.json.items.map((i: { operation: string }) => i.operation)).toEqual(["create"])
  })

  it("authorization: own commune only; viewers and agencies do not submit; other provinces and public are refused", async () => {
    const c = freshCommune()
    const other = freshCommune()
    const path = `/v1/provinces/${P}/communes/${c}/assessments`
    const body = measurements(2024)
    expect((await call(app, "POST", path, { claims: official(other), body })).status).toBe(403)
    expect((await call(app, "POST", path, { claims: viewer(c), body })).status).toBe(403)
    expect((await call(app, "POST", path, { claims: agency(freshAgency()), body })).status).toBe(403)
    expect((await call(app, "POST", path, { claims: otherAdmin, body })).status).toBe(403)
    expect((await call(app, "POST", path, { body })).status).toBe(401)
    expect(await itemsIn(c)).toBe(0)
    const ok = await call(app, "POST", path, { claims: official(c), body })
    expect(ok.status).toBe(201)
    expect((await call(app, "GET", path, { claims: viewer(c) })).json.items).toHaveLength(1)
    expect((await call(app, "GET", path, { claims: viewer(other) })).status).toBe(403)
    expect((await call(app, "GET", `/v1/assessments/${ok.json.id}`, { claims: official(other) })).status).toBe(403)
  })

  it("history: newest first, paginated, narrowed by year; idempotent submits", async () => {
    const c = freshCommune()
    const path = `/v1/provinces/${P}/communes/${c}/assessments`
    const ids: Array<string> = []
    for (const year of [2023, 2024, 2024]) {
      const r = await call(app, "POST", path, { claims: admin, body: measurements(year) })
      ids.push(r.json.id)
    }
    const key = randomUUID()
    const a = await call(app, "POST", path, {
      claims: admin,
      body: measurements(2022),
      headers: { "idempotency-key": key },
    })
    const b = await call(app, "POST", path, {
      claims: admin,
      body: measurements(2022),
      headers: { "idempotency-key": key },
    })
    expect(b.json.id).toBe(a.json.id)
    const first = await call(app, "GET", `${path}?limit=2`, { claims: admin })
    expect(first.json.items.map((i: { year: number }) => i.year)).toEqual([2024, 2024])
    expect(first.json.items[0].id).toBe(ids[2])
    const second = await call(app, "GET", `${path}?limit=2&cursor=${first.json.cursor}`, { claims: admin })
    expect(second.json.items.map((i: { year: number }) => i.year)).toEqual([2023, 2022])
    const y = await call(app, "GET", `${path}?year=2023`, { claims: admin })
    expect(y.json.items.map((i: { id: string }) => i.id)).toEqual([ids[0]])
  })

  it("compares two assessments, or one assessment under another pack; one side exactly", async () => {
    const c = freshCommune()
    const path = `/v1/provinces/${P}/communes/${c}/assessments`
    const before = await call(app, "POST", path, { claims: admin, body: measurements(2023) })
    const after = await call(app, "POST", path, {
      claims: admin,
      body: { ...measurements(2024), values: { "3.1": { kind: "percent", value: 90 } } },
    })
    const cmp = await call(app, "GET", `/v1/assessments/${after.json.id}/compare?with=${before.json.id}&lang=en`, {
      claims: viewer(c),
    })
    expect(cmp.status).toBe(200)
    expect(cmp.json.before.assessment).toBe(before.json.id)
    expect(typeof cmp.json.rendered).toBe("string")
    const packs = await call(
      app,
      "GET",
      `/v1/assessments/${after.json.id}/compare?pack=${encodeURIComponent("qd318-2022/phu-luc-1")}`,
      { claims: admin },
    )
    expect(packs.status).toBe(200)
    expect(packs.json.before.packId).toBe("qd318-2022/phu-luc-1")
    const neither = await call(app, "GET", `/v1/assessments/${after.json.id}/compare`, { claims: admin })
    expect(neither.json.errors[0].rule).toBe("compare.one-side")
  })
})

describe("assignments feed the policy (no BOLA)", () => {
  it("an agency acts on the commune it is assigned to, not on others; reads its own assignments only", async () => {
    const c = freshCommune()
    const other = freshCommune()
    const ag = freshAgency()
    await assign(c, ag)
    const activity = { kind: "visit", date: "2024-03-01", participants: [], notes: "", contributionIds: [] }
    const mine = await call(app, "POST", `/v1/provinces/${P}/communes/${c}/activities`, {
      claims: agency(ag),
      body: activity,
    })
    expect(mine.status).toBe(201)
    const theirs = await call(app, "POST", `/v1/provinces/${P}/communes/${other}/activities`, {
      claims: agency(ag),
      body: activity,
    })
    expect(theirs.status).toBe(403)
    expect(await itemsIn(other)).toBe(0)
    expect((await call(app, "GET", `/v1/activities/${mine.json.id}`, { claims: agency(freshAgency()) })).status).toBe(
      403,
    )
    expect(
      (await call(app, "GET", `/v1/provinces/${P}/communes/${other}/activities`, { claims: agency(ag) })).status,
    ).toBe(403)
    const own = await call(app, "GET", `/v1/provinces/${P}/helpers/${ag}/assignments`, { claims: agency(ag) })
    expect(own.json.items.map((a: { commune: string }) => a.commune)).toEqual([c])
    expect(
      (await call(app, "GET", `/v1/provinces/${P}/helpers/${ag}/assignments`, { claims: agency(freshAgency()) }))
        .status,
    ).toBe(403)
    // Agencies and officials do not manage assignments.
    const body = { helper: ag, role: "support", from: "2024-01-01", legalBasis: "x" }
    expect(
      (await call(app, "POST", `/v1/provinces/${P}/communes/${other}/assignments`, { claims: agency(ag), body }))
        .status,
    ).toBe(403)
    expect(
      (await call(app, "POST", `/v1/provinces/${P}/communes/${other}/assignments`, { claims: official(other), body }))
        .status,
    ).toBe(403)
  })

  it("a reassignment ends the old record in the same transaction: history kept, rights move to the new helper", async () => {
    const c = freshCommune()
    const [oldAg, newAg] = [freshAgency(), freshAgency()]
    const old = await assign(c, oldAg)
    const r = await call(app, "POST", `/v1/assignments/${old.id}/reassign`, {
      claims: admin,
      body: { helper: newAg, from: "2021-01-01", legalBasis: "QĐ minh họa 2", version: 1 },
    })
    expect(r.status).toBe(201)
    expect(r.json).toMatchObject({ helper: newAg, commune: c, supersedes: old.id, role: "lead" })
    const ended = await call(app, "GET", `/v1/assignments/${old.id}`, { claims: admin })
    expect(ended.json).toMatchObject({ to: "2021-01-01", endedBy: r.json.id, version: 2 })
    const history = await call(app, "GET", `/v1/provinces/${P}/communes/${c}/assignments`, { claims: viewer(c) })
    expect(history.json.items.map((a: { id: string }) => a.id)).toEqual([old.id, r.json.id])
    const trail = await call(app, "GET", `/v1/audit/Assignment/${old.id}`, { claims: admin })
    expect(trail.json.items.map((i: { operation: string }) => i.operation)).toEqual(["create", "update"])
    const activity = { kind: "visit", date: "2024-03-01", participants: [], notes: "", contributionIds: [] }
    const path = `/v1/provinces/${P}/communes/${c}/activities`
    expect((await call(app, "POST", path, { claims: agency(oldAg), body: activity })).status).toBe(403)
    expect((await call(app, "POST", path, { claims: agency(newAg), body: activity })).status).toBe(201)
    // Lifecycle: an ended record cannot be reassigned again; a stale version is refused.
    const again = await call(app, "POST", `/v1/assignments/${old.id}/reassign`, {
      claims: admin,
      body: { helper: newAg, from: "2022-01-01", legalBasis: "x", version: 2 },
    })
    expect(again.status).toBe(409)
    expect(again.json).toMatchObject({ reason: "illegal-transition", rule: "assignment.already-ended" })
    const stale = await call(app, "POST", `/v1/assignments/${r.json.id}/end`, {
      claims: admin,
      body: { on: "2025-01-01", version: 7 },
    })
    expect(stale.json).toMatchObject({ status: 409, reason: "stale-version", currentVersion: 1 })
    const end = await call(app, "POST", `/v1/assignments/${r.json.id}/end`, {
      claims: admin,
      body: { on: "2025-01-01", reason: "illustrative", version: 1 },
    })
    expect(end.json).toMatchObject({ to: "2025-01-01", version: 2 })
  })

  it("a failing reassignment transaction leaves nothing half-written", async () => {
    // Every id is the same, so the successor's create collides with the record it supersedes.
    const fixed = makeWebHandler({
      dynamo: dynamoLayer({ endpoint, tableName }),
      ids: sequentialIds(`fixed-${randomUUID()}-`),
      logLevel: "None",
    })
    try {
      const c = freshCommune()
      const created = await call(fixed, "POST", `/v1/provinces/${P}/communes/${c}/assignments`, {
        claims: admin,
        body: { helper: freshAgency(), role: "lead", from: "2020-01-01", legalBasis: "x" },
      })
      expect(created.status).toBe(201)
      const before = await itemsIn(c)
      // Force the collision: reassign with an id generator that repeats the existing id.
      const colliding = makeWebHandler({
        dynamo: dynamoLayer({ endpoint, tableName }),
        ids: sequentialIds(created.json.id.replace(/1$/u, "")),
        logLevel: "None",
      })
      try {
        const r = await call(colliding, "POST", `/v1/assignments/${created.json.id}/reassign`, {
          claims: admin,
          body: { helper: freshAgency(), from: "2021-01-01", legalBasis: "x", version: 1 },
        })
        expect(r.status).toBe(409)
        expect(r.json.reason).toBe("already-exists")
      } finally {
        await colliding.dispose()
      }
      const after = await call(app, "GET", `/v1/assignments/${created.json.id}`, { claims: admin })
      expect(after.json.version).toBe(1)
      expect(after.json.to).toBeUndefined()
      expect(await itemsIn(c)).toBe(before)
      const trail = await call(app, "GET", `/v1/audit/Assignment/${created.json.id}`, { claims: admin })
      expect(trail.json.items).toHaveLength(1)
    } finally {
      await fixed.dispose()
    }
  })
})

describe("concurrent writes", () => {
  it("concurrent reassignments at one version: exactly one wins, the losers leave no successor behind", async () => {
    const c = freshCommune()
    const old = await assign(c, freshAgency())
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(app, "POST", `/v1/assignments/${old.id}/reassign`, {
          claims: admin,
          body: { helper: freshAgency(), from: "2021-01-01", legalBasis: "x", version: 1 },
        }),
      ),
    )
    const statuses = responses.map((r) => r.status).sort()
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409])
    const history = await call(app, "GET", `/v1/provinces/${P}/communes/${c}/assignments`, { claims: admin })
    expect(history.json.items).toHaveLength(2)
    const winner = responses.find((r) => r.status === 201)!.json
    expect((await call(app, "GET", `/v1/assignments/${old.id}`, { claims: admin })).json).toMatchObject({
      version: 2,
      endedBy: winner.id,
    })
  })

  it("concurrent status changes at one version: one wins, the rest get 409", async () => {
    const c = freshCommune()
    const d = await call(app, "POST", `/v1/provinces/${P}/communes/${c}/difficulties`, {
      claims: admin,
      body: {
        category: "difficulty",
        summary: "x",
        raisedBy: { kind: "commune" },
        raisedOn: "2024-02-01",
        addressedTo: { level: "district" },
      },
    })
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(app, "POST", `/v1/difficulties/${d.json.id}/status`, {
          claims: admin,
          body: { status: "in-progress", on: "2024-02-02", version: 1 },
        }),
      ),
    )
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409])
    const got = await call(app, "GET", `/v1/difficulties/${d.json.id}`, { claims: admin })
    expect(got.json.history).toHaveLength(1)
  })
})

describe("activities and difficulties", () => {
  it("an activity naming an assignment of another commune → 400 with the rule; unknown assignment → 400", async () => {
    const [c, other] = [freshCommune(), freshCommune()]
    const a = await assign(other, freshAgency())
    const base = { kind: "visit", date: "2024-03-01", participants: [], notes: "", contributionIds: [] }
    const r = await call(app, "POST", `/v1/provinces/${P}/communes/${c}/activities`, {
      claims: admin,
      body: { ...base, assignment: a.id },
    })
    expect(r.status).toBe(400)
    expect(r.json.errors).toContainEqual(
      expect.objectContaining({ path: ["payload", "commune"], rule: "activity.assignment-commune" }),
    )
    const u = await call(app, "POST", `/v1/provinces/${P}/communes/${c}/activities`, {
      claims: admin,
      body: { ...base, assignment: "nope" },
    })
    expect(u.json.errors[0].rule).toBe("activity.unknown-assignment")
    const ok = await call(app, "POST", `/v1/provinces/${P}/communes/${other}/activities`, {
      claims: admin,
      body: { ...base, assignment: a.id, helper: a.helper },
    })
    expect(ok.status).toBe(201)
    const listed = await call(app, "GET", `/v1/provinces/${P}/communes/${other}/activities`, { claims: viewer(other) })
    expect(listed.json.items.map((x: { id: string }) => x.id)).toEqual([ok.json.id])
  })

  it("difficulties move open → in-progress → resolved; an illegal move is a 409 naming the rule", async () => {
    const c = freshCommune()
    const created = await call(app, "POST", `/v1/provinces/${P}/communes/${c}/difficulties`, {
      claims: official(c),
      body: {
        category: "proposal",
        summary: "Đề nghị hỗ trợ xi măng làm đường (illustrative)",
        raisedBy: { kind: "commune", unit: c },
        raisedOn: "2024-02-01",
        addressedTo: { level: "province" },
      },
    })
    expect(created.status).toBe(201)
    const id = created.json.id
    const move = (status: string, on: string, version: number, claims = admin) =>
      call(app, "POST", `/v1/difficulties/${id}/status`, { claims, body: { status, on, version } })
    expect((await move("in-progress", "2024-02-05", 1, official(freshCommune()))).status).toBe(403)
    expect((await move("in-progress", "2024-02-05", 1, viewer(c))).status).toBe(403)
    expect((await move("in-progress", "2024-02-05", 1)).json).toMatchObject({ version: 2 })
    const illegal = await move("open", "2024-02-06", 2)
    expect(illegal.status).toBe(409)
    expect(illegal.json).toMatchObject({ reason: "illegal-transition", rule: "difficulty.illegal-transition" })
    expect((await move("resolved", "2024-02-01", 2)).json.rule).toBe("difficulty.change-before-previous")
    expect((await move("resolved", "2024-03-01", 1)).json.reason).toBe("stale-version")
    const done = await move("resolved", "2024-03-01", 2)
    expect(done.json.history.map((h: { status: string }) => h.status)).toEqual(["in-progress", "resolved"])
    const got = await call(app, "GET", `/v1/difficulties/${id}`, { claims: viewer(c) })
    expect(got.json).toMatchObject({ id, version: 3, commune: c, province: P })
    const listed = await call(app, "GET", `/v1/provinces/${P}/communes/${c}/difficulties`, { claims: official(c) })
    expect(listed.json.items.map((x: { id: string }) => x.id)).toEqual([id])
    expect((await call(app, "GET", `/v1/difficulties/${id}`, { claims: viewer(freshCommune()) })).status).toBe(403)
    expect((await call(app, "GET", `/v1/difficulties/${id}`)).status).toBe(401)
    const bad = await call(app, "POST", `/v1/provinces/${P}/communes/${c}/difficulties`, {
      claims: admin,
      body: {
        category: "difficulty",
        summary: "x",
        raisedBy: { kind: "commune" },
        raisedOn: "2024-02-01",
        dueOn: "2024-01-01",
        addressedTo: { level: "district" },
      },
    })
    expect(bad.json.errors).toContainEqual(
      expect.objectContaining({ path: ["payload", "dueOn"], rule: "difficulty.due-before-raised" }),
    )
  })
})

describe("fuzz: arbitrary JSON on every write endpoint", () => {
  it("is always a 4xx with paths, never a 5xx, and writes nothing", async () => {
    const c = freshCommune()
    const target = await assign(freshCommune(), freshAgency())
    const before = await itemsIn(c)
    const writes = [
      `/v1/provinces/${P}/communes/${c}/assessments`,
      `/v1/provinces/${P}/communes/${c}/assignments`,
      `/v1/provinces/${P}/communes/${c}/activities`,
      `/v1/provinces/${P}/communes/${c}/difficulties`,
      `/v1/assignments/${target.id}/reassign`,
      `/v1/assignments/${target.id}/end`,
      "/v1/difficulties/nope/status",
      "/v1/evaluate",
      "/v1/evaluate/tiers",
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.jsonValue({ maxDepth: 3 }), async (path, body) => {
        const r = await call(app, "POST", path, { claims: admin, body })
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(r.status).toBeLessThan(500)
        if (r.status === 400) expect(r.json.errors.every((e: { path: unknown }) => Array.isArray(e.path))).toBe(true)
      }),
      { numRuns: 60 },
    )
    expect(await itemsIn(c)).toBe(before)
    const still = await call(app, "GET", `/v1/assignments/${target.id}`, { claims: admin })
    expect(still.json.version).toBe(1)
  })
})
