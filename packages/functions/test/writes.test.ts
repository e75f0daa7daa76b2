/** The write machinery on DynamoDB Local through the test resource: idempotency, optimistic concurrency, audit, 503s. */
import { randomUUID } from "node:crypto"
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb"
import { anonymous } from "@ntm/core/authz"
import { Effect, Layer } from "effect"
import fc from "fast-check"
import { afterAll, describe, expect, it, vi } from "vitest"
import { fixedClock } from "../src/services/Clock.ts"
import { auditPk } from "../src/table/audit.ts"
import { makeDocumentClient, makeDynamoClient } from "../src/table/client.ts"
import { Dynamo, dynamoLayer } from "../src/table/Dynamo.ts"
import { auditTrail, commit, create, createEntity, get, remove, update } from "../src/table/repository.ts"
import { call, claims, dynamo, makeTestApp, WidgetEntity } from "./support/widgets.ts"

const app = makeTestApp()
const { endpoint, tableName } = dynamo()
const raw = makeDynamoClient({ endpoint })
const doc = makeDocumentClient(raw)
afterAll(async () => {
  await app.dispose()
  raw.destroy()
})

/** A fresh illustrative commune code per test, so tests never see each other's items. */
let communeSeq = 0
const freshCommune = () => `9${String(process.pid % 10)}${String(++communeSeq).padStart(3, "0")}`
const newWidget = (commune: string) => ({
  province: "91",
  commune,
  name: "Đường bê tông thôn 1",
  amount: "16493820000",
})

const countWidgets = async (commune: string) => {
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

describe("idempotent creates", () => {
  it("50 concurrent identical creates with one Idempotency-Key → exactly one item; every caller gets the same body", async () => {
    const commune = freshCommune()
    const key = randomUUID()
    const body = newWidget(commune)
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        call(app, "POST", "/v1/widgets", { claims: claims.admin, body, headers: { "idempotency-key": key } }),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201))
    expect(new Set(responses.map((r) => r.text)).size).toBe(1)
    expect(await countWidgets(commune)).toBe(1)
    // One create → one audit record.
    const id = responses[0]!.json.id as string
    const audit = await call(app, "GET", `/v1/audit/TestWidget/${id}`, { claims: claims.admin })
    expect(audit.json.items).toHaveLength(1)
  })

  it("a retry after success replays the stored response; the same key with another body → 409", async () => {
    const commune = freshCommune()
    const key = randomUUID()
    const first = await call(app, "POST", "/v1/widgets", {
      claims: claims.admin,
      body: newWidget(commune),
      headers: { "idempotency-key": key },
    })
    const again = await call(app, "POST", "/v1/widgets", {
      claims: claims.admin,
      body: newWidget(commune),
      headers: { "idempotency-key": key },
    })
    expect(again.status).toBe(201)
    expect(again.text).toBe(first.text)
    const other = await call(app, "POST", "/v1/widgets", {
      claims: claims.admin,
      body: { ...newWidget(commune), amount: "1" },
      headers: { "idempotency-key": key },
    })
    expect(other.status).toBe(409)
    expect(other.json.reason).toBe("idempotency-key-reused")
    expect(await countWidgets(commune)).toBe(1)
  })

  it("keys are per caller: two users sending the same key create two items", async () => {
    const commune = freshCommune()
    const key = randomUUID()
    const a = await call(app, "POST", "/v1/widgets", {
      claims: claims.admin,
      body: newWidget(commune),
      headers: { "idempotency-key": key },
    })
    const b = await call(app, "POST", "/v1/widgets", {
      claims: { ...claims.admin, sub: "t-admin-2" },
      body: newWidget(commune),
      headers: { "idempotency-key": key },
    })
    expect([a.status, b.status]).toEqual([201, 201])
    expect(a.json.id).not.toBe(b.json.id)
    expect(await countWidgets(commune)).toBe(2)
  })

  it("without a key, two creates make two items", async () => {
    const commune = freshCommune()
    await call(app, "POST", "/v1/widgets", { claims: claims.admin, body: newWidget(commune) })
    await call(app, "POST", "/v1/widgets", { claims: claims.admin, body: newWidget(commune) })
    expect(await countWidgets(commune)).toBe(2)
  })
})

describe("optimistic concurrency", () => {
  it("concurrent updates with the same version → exactly one wins, the rest get 409 with the current version", async () => {
    const created = await call(app, "POST", "/v1/widgets", { claims: claims.admin, body: newWidget(freshCommune()) })
    const id = created.json.id as string
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(app, "PATCH", `/v1/widgets/${id}`, {
          claims: claims.admin,
          body: { name: `name ${i}` },
          headers: { "if-match": '"1"' },
        }),
      ),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(19)
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.json).toMatchObject({ reason: "stale-version", currentVersion: 2 })
    }
    const winner = results.find((r) => r.status === 200)!
    const now = await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.admin })
    expect(now.json).toEqual(winner.json)
    expect(now.json.version).toBe(2)
    const trail = await call(app, "GET", `/v1/audit/TestWidget/${id}`, { claims: claims.admin })
    expect(trail.json.items.map((a: { operation: string }) => a.operation)).toEqual(["create", "update"])
    expect(trail.json.items[1].before.name).toBe("Đường bê tông thôn 1")
    expect(trail.json.items[1].after.name).toBe(winner.json.name)
    expect(trail.json.items[1].actor).toEqual({ subject: "t-admin", role: "province-admin" })
  })

  it("the version may come in the body; a missing version → 400; an unknown id → 404", async () => {
    const created = await call(app, "POST", "/v1/widgets", { claims: claims.admin, body: newWidget(freshCommune()) })
    const id = created.json.id as string
    const ok = await call(app, "PATCH", `/v1/widgets/${id}`, { claims: claims.admin, body: { name: "b", version: 1 } })
    expect(ok.status).toBe(200)
    const stale = await call(app, "PATCH", `/v1/widgets/${id}`, {
      claims: claims.admin,
      body: { name: "c", version: 1 },
    })
    expect(stale.status).toBe(409)
    const none = await call(app, "PATCH", `/v1/widgets/${id}`, { claims: claims.admin, body: { name: "c" } })
    expect(none.status).toBe(400)
    expect(none.json.errors[0].rule).toBe("concurrency.version-required")
    const missing = await call(app, "GET", "/v1/widgets/no-such-id", { claims: claims.admin })
    expect(missing.status).toBe(404)
    expect(missing.headers.get("content-type")).toContain("application/problem+json")
  })
})

describe("transactions", () => {
  const services = Layer.mergeAll(dynamoLayer({ endpoint, tableName }), fixedClock(Date.UTC(2026, 0, 1)))
  const actor = { principal: anonymous, requestId: "test" }
  const widget = (id: string, commune: string) => ({ id, ...newWidget(commune), createdAt: "2026-01-01T00:00:00.000Z" })

  it("a failing transaction leaves nothing half-written: no entity, no audit record", async () => {
    const commune = freshCommune()
    const a = widget(`tx-a-${randomUUID()}`, commune)
    const b = widget(`tx-b-${randomUUID()}`, commune)
    const program = Effect.gen(function* () {
      yield* commit([create(WidgetEntity, a)], actor)
      const storedA = yield* get(WidgetEntity, { id: a.id })
      // b is new, but a is updated from a stale version → the whole transaction must fail.
      return yield* Effect.flip(
        commit([create(WidgetEntity, b), update(WidgetEntity, { ...storedA, version: 7 }, { ...a, name: "x" })], actor),
      )
    })
    const error = await Effect.runPromise(program.pipe(Effect.provide(services)))
    expect(error).toMatchObject({ status: 409 })
    const gotB = await doc.send(new GetCommand({ TableName: tableName, Key: WidgetEntity.primaryKey({ id: b.id }) }))
    expect(gotB.Item).toBeUndefined()
    const auditB = await doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: { ":p": auditPk("TestWidget", b.id) },
      }),
    )
    expect(auditB.Items).toEqual([])
    const auditA = await doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: { ":p": auditPk("TestWidget", a.id) },
      }),
    )
    expect(auditA.Items).toHaveLength(1)
    const storedA = await doc.send(new GetCommand({ TableName: tableName, Key: WidgetEntity.primaryKey({ id: a.id }) }))
    expect(storedA.Item).toMatchObject({ version: 1, schemaVersion: 1, entityType: "TestWidget" })
    expect(await countWidgets(commune)).toBe(1)
  })

  it("a delete is conditioned on the version and audited with the state before", async () => {
    const id = `del-${randomUUID()}`
    const program = Effect.gen(function* () {
      yield* commit([create(WidgetEntity, widget(id, freshCommune()))], actor)
      const stored = yield* get(WidgetEntity, { id })
      const stale = yield* Effect.flip(commit([remove(WidgetEntity, { ...stored, version: 2 })], actor))
      yield* commit([remove(WidgetEntity, stored)], actor)
      const gone = yield* Effect.flip(get(WidgetEntity, { id }))
      const trail = yield* auditTrail("TestWidget", id)
      return { stale, gone, trail }
    })
    const { stale, gone, trail } = await Effect.runPromise(program.pipe(Effect.provide(services)))
    expect(stale).toMatchObject({ status: 409, reason: "stale-version" })
    expect(gone).toMatchObject({ status: 404 })
    expect(trail.items.map((r) => [r.operation, r.version, r.before === undefined, r.after === undefined])).toEqual([
      ["create", 1, true, false],
      ["delete", 2, false, true],
    ])
  })

  it("an expired idempotency record (TTL not yet swept) no longer binds its key", async () => {
    const claim = { subject: "t", key: randomUUID(), fingerprint: "f" }
    const at = (ms: number) => Layer.mergeAll(dynamoLayer({ endpoint, tableName }), fixedClock(ms))
    const t0 = Date.UTC(2026, 0, 1)
    const first = widget(`ttl-a-${randomUUID()}`, freshCommune())
    const second = widget(`ttl-b-${randomUUID()}`, freshCommune())
    const a = await Effect.runPromise(
      createEntity(WidgetEntity, first, actor, { idempotency: claim }).pipe(Effect.provide(at(t0))),
    )
    const replay = await Effect.runPromise(
      createEntity(WidgetEntity, second, actor, { idempotency: claim }).pipe(Effect.provide(at(t0 + 3600_000))),
    )
    expect(replay.value.id).toBe(a.value.id)
    const later = await Effect.runPromise(
      createEntity(WidgetEntity, second, actor, { idempotency: claim }).pipe(Effect.provide(at(t0 + 25 * 3600_000))),
    )
    expect(later.value.id).toBe(second.id)
  })

  it("items carry entity type, schema version, version and their index keys", async () => {
    const id = `meta-${randomUUID()}`
    const commune = freshCommune()
    await Effect.runPromise(commit([create(WidgetEntity, widget(id, commune))], actor).pipe(Effect.provide(services)))
    const item = (await doc.send(new GetCommand({ TableName: tableName, Key: WidgetEntity.primaryKey({ id }) }))).Item
    expect(item).toMatchObject({
      pk: `TESTWIDGET#${id}`,
      sk: "TESTWIDGET",
      gsi1pk: `COMMUNE#${commune}`,
      gsi1sk: `TESTWIDGET#2026-01-01T00:00:00.000Z#${id}`,
      entityType: "TestWidget",
      schemaVersion: 1,
      version: 1,
    })
  })
})

describe("throttling", () => {
  it("a throttled DynamoDB → 503 problem with Retry-After (fault injected at the SDK boundary)", async () => {
    const throttled = makeTestApp({
      configure: (client) =>
        client.middlewareStack.add(
          () => async () => {
            throw Object.assign(new Error("Rate of requests exceeds the allowed throughput."), {
              name: "ThrottlingException",
              $fault: "client",
            })
          },
          { step: "initialize", name: "injectThrottling" },
        ),
    })
    try {
      for (const [method, path, body] of [
        ["GET", "/v1/widgets/x", undefined],
        ["POST", "/v1/widgets", newWidget(freshCommune())],
        ["GET", "/v1/audit/TestWidget/x", undefined],
      ] as const) {
        const r = await call(throttled, method, path, { claims: claims.admin, body })
        expect(r.status, `${method} ${path}`).toBe(503)
        expect(r.headers.get("retry-after")).toBe("1")
        expect(r.headers.get("content-type")).toContain("application/problem+json")
        expect(r.json.type).toBe("urn:ntm:problem:unavailable")
      }
    } finally {
      await throttled.dispose()
    }
  })

  it("an unexpected failure (a defect) → 500 problem with the request id as correlation id, never an empty body", async () => {
    const broken = makeTestApp({
      logLevel: "Info",
      configure: (client) =>
        client.middlewareStack.add(
          () => async () => {
            throw Object.assign(new Error("One or more parameter values were invalid"), { name: "ValidationException" })
          },
          { step: "initialize", name: "injectBug" },
        ),
    })
    const lines: Array<string> = []
    const spy = vi.spyOn(console, "log").mockImplementation((line: unknown) => void lines.push(String(line)))
    try {
      const r = await call(broken, "GET", "/v1/widgets/x", {
        claims: claims.admin,
        headers: { "x-request-id": "req-42" },
      })
      spy.mockRestore()
      const logs = lines.map((l) => JSON.parse(l) as { level: string; annotations: Record<string, unknown> })
      // Structured JSON logs: the defect at ERROR and the access line, both with the request id.
      expect(logs.find((l) => l.level === "ERROR")?.annotations.requestId).toBe("req-42")
      expect(logs.find((l) => l.level === "INFO")?.annotations).toMatchObject({ requestId: "req-42", status: 500 })
      expect(r.status).toBe(500)
      expect(r.headers.get("content-type")).toContain("application/problem+json")
      expect(r.json).toMatchObject({ type: "urn:ntm:problem:internal", correlationId: "req-42" })
      expect(r.text).not.toContain("ValidationException")
    } finally {
      spy.mockRestore()
      await broken.dispose()
    }
  })

  it("an unreachable DynamoDB → 503, not 500", async () => {
    const Unreachable = Layer.effect(Dynamo)(
      Effect.map(Dynamo, (d) => d).pipe(Effect.provide(dynamoLayer({ endpoint: "http://127.0.0.1:9", tableName }))),
    )
    const program = get(WidgetEntity, { id: "x" }).pipe(Effect.flip, Effect.provide(Unreachable))
    const error = await Effect.runPromise(program)
    expect(error).toMatchObject({ status: 503 })
  })
})

describe("fuzz: arbitrary JSON on the write endpoint", () => {
  it("always 4xx with field paths, never 5xx, and nothing written", async () => {
    const commune = freshCommune()
    const before = await countWidgets(commune)
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          province: fc.oneof(fc.constant("91"), fc.jsonValue()),
          commune: fc.oneof(fc.constant(commune), fc.jsonValue()),
          name: fc.oneof(fc.constant(""), fc.string({ minLength: 101, maxLength: 120 }), fc.jsonValue()),
          amount: fc.oneof(fc.constant("-1"), fc.constant("1.5"), fc.constant("01"), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
    )
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const r = await call(app, "POST", "/v1/widgets", { claims: claims.admin, rawBody: JSON.stringify(b) ?? "" })
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(r.status).toBeLessThan(500)
        expect(r.headers.get("content-type")).toContain("application/problem+json")
        expect(r.json.errors.length).toBeGreaterThan(0)
        for (const e of r.json.errors) {
          expect(Array.isArray(e.path)).toBe(true)
          expect(typeof e.rule).toBe("string")
        }
      }),
      { numRuns: 150 },
    )
    expect(await countWidgets(commune)).toBe(before)
  })

  it("arbitrary JSON on the update endpoint → 4xx, and the stored item is unchanged", async () => {
    const created = await call(app, "POST", "/v1/widgets", { claims: claims.admin, body: newWidget(freshCommune()) })
    const id = created.json.id as string
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { name: fc.oneof(fc.constant(""), fc.jsonValue()), amount: fc.jsonValue(), version: fc.jsonValue() },
        { requiredKeys: [] },
      ),
    )
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const r = await call(app, "PATCH", `/v1/widgets/${id}`, {
          claims: claims.admin,
          rawBody: JSON.stringify(b) ?? "",
          headers: { "if-match": '"2"' },
        })
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(r.status).toBeLessThan(500)
        expect(r.json.errors?.length ?? (r.status === 409 ? 1 : 0)).toBeGreaterThan(0)
      }),
      { numRuns: 100 },
    )
    const now = await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.admin })
    expect(now.json).toEqual(created.json)
  })

  it("random bytes as a body → 400, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        const r = await call(app, "POST", "/v1/widgets", { claims: claims.admin, rawBody: s })
        expect(r.status).toBe(400)
      }),
      { numRuns: 60 },
    )
  })
})

describe("pagination", () => {
  it("pages through a commune's items with opaque cursors; a tampered cursor → 400", async () => {
    const commune = freshCommune()
    for (let i = 0; i < 5; i++)
      await call(app, "POST", "/v1/widgets", { claims: claims.admin, body: newWidget(commune) })
    const seen: Array<string> = []
    let cursor: string | undefined
    let pages = 0
    do {
      const q = cursor === undefined ? "?limit=2" : `?limit=2&cursor=${cursor}`
      const r = await call(app, "GET", `/v1/provinces/91/communes/${commune}/widgets${q}`, { claims: claims.admin })
      expect(r.status).toBe(200)
      seen.push(...r.json.items.map((w: { id: string }) => w.id))
      cursor = r.json.cursor
      pages++
    } while (cursor !== undefined && pages < 10)
    expect(new Set(seen).size).toBe(5)

    const first = await call(app, "GET", `/v1/provinces/91/communes/${commune}/widgets?limit=2`, {
      claims: claims.admin,
    })
    const good = first.json.cursor as string
    const decoded = JSON.parse(Buffer.from(good, "base64url").toString("utf8"))
    const otherPartition = Buffer.from(JSON.stringify({ ...decoded, gsi1pk: "COMMUNE#00000" })).toString("base64url")
    const extraKey = Buffer.from(JSON.stringify({ ...decoded, evil: "x" })).toString("base64url")
    for (const bad of ["not-base64!", "e30", Buffer.from("[1]").toString("base64url"), otherPartition, extraKey]) {
      const r = await call(
        app,
        "GET",
        `/v1/provinces/91/communes/${commune}/widgets?cursor=${encodeURIComponent(bad)}`,
        {
          claims: claims.admin,
        },
      )
      expect(r.status, bad).toBe(400)
      expect(r.json.errors[0]).toMatchObject({ path: ["query", "cursor"], rule: "cursor.invalid" })
    }
  })
})
