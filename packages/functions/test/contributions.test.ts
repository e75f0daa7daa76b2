/** The contribution ledger through the real endpoints on DynamoDB Local: every access pattern, idempotency, lifecycle, corrections, totals, authorization, fuzz. */
import { randomUUID } from "node:crypto"
import { QueryCommand } from "@aws-sdk/lib-dynamodb"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeDocumentClient, makeDynamoClient } from "../src/table/client.ts"
import { agencyClaims, call, cashLine, dynamo, laoCai, laoCai2022ListBody, makeLedgerApp } from "./support/ledger.ts"

const app = makeLedgerApp()
const { endpoint, tableName } = dynamo()
const raw = makeDynamoClient({ endpoint })
const doc = makeDocumentClient(raw)
afterAll(async () => {
  await app.dispose()
  raw.destroy()
})

beforeAll(async () => {
  // Province 10's list in force from 2022-01-01: the ILLUSTRATIVE demo prices (cement 1,500,000 đồng/t).
  const r = await call(app, "POST", "/v1/price-lists", {
    claims: laoCai.admin,
    body: laoCai2022ListBody,
    headers: { "idempotency-key": "ledger-test-list-2022" },
  })
  expect(r.status).toBe(201)
})

/** A provider unique to the caller, so tests never see each other's lines. */
const freshProvider = () => ({ kind: "enterprise", id: `p-${randomUUID().slice(0, 8)}`, name: "Công ty thử nghiệm" })

const cement = (provider = freshProvider(), over: Record<string, unknown> = {}) => ({
  provider,
  commune: "02746",
  date: "2022-09-15",
  programme: "ntm",
  category: "construction-material",
  item: "xi-mang",
  quantity: "20",
  unit: "t",
  status: "delivered",
  ...over,
})
const cash = (provider = freshProvider(), amount = "5000000", over: Record<string, unknown> = {}) =>
  cashLine(provider, amount, { date: "2022-10-01", ...over })

const create = async (body: unknown, claims: Record<string, unknown> = laoCai.admin) => {
  const r = await call(app, "POST", "/v1/contributions", { claims, body })
  expect(r.status, r.text).toBe(201)
  return r.json
}
const move = (id: string, what: string, version: number, claims: Record<string, unknown>, body: object = {}) =>
  call(app, "POST", `/v1/contributions/${id}/${what}`, { claims, body, headers: { "if-match": `"${version}"` } })
const totals = async (year = "2022", claims: Record<string, unknown> = laoCai.admin) => {
  const r = await call(app, "GET", `/v1/provinces/10/contributions/totals?year=${year}`, { claims })
  expect(r.status, r.text).toBe(200)
  return r.json
}
/** Every Contribution item of a provider, straight from the table (gsi2). */
const stored = async (provider: string) => {
  const q = await doc.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :p",
      ExpressionAttributeValues: { ":p": `PROVIDER#10#${provider}` },
    }),
  )
  return q.Items ?? []
}

describe("create: valued by core with the price list in force, validated with every problem", () => {
  it("cement at the list price; cash at face value; money as decimal strings; place from the units registry", async () => {
    const c = await create(cement())
    expect(c).toMatchObject({
      province: "10",
      district: "080",
      year: "2022",
      status: "delivered",
      value: "30000000",
      valuation: { basis: "price-list", unitValue: "1500000", priceListId: "10-2022-01-01" },
      version: 1,
    })
    expect(c.history).toEqual([{ status: "delivered", date: "2022-09-15", by: { kind: "office", id: "l-admin" } }])
    const m = await create(cash(undefined, "16493820000"))
    expect(m).toMatchObject({ value: "16493820000", valuation: { basis: "face-value", unitValue: "1" } })
    const got = await call(app, "GET", `/v1/contributions/${c.id}`, { claims: laoCai.coSan })
    expect(got.json).toEqual(c)
  })

  it("a sent value must equal the valuation's (valuation.value-mismatch)", async () => {
    const r = await call(app, "POST", "/v1/contributions", {
      claims: laoCai.admin,
      body: cement(undefined, { value: "29999999" }),
    })
    expect(r.status).toBe(400)
    expect(r.json.errors).toContainEqual(
      expect.objectContaining({ path: ["payload", "value"], rule: "valuation.value-mismatch" }),
    )
  })

  it("400 lists every problem with its path and rule; nothing written", async () => {
    const provider = freshProvider()
    const r = await call(app, "POST", "/v1/contributions", {
      claims: laoCai.admin,
      body: cement(provider, { item: "gach", unit: "vien", quantity: "-3" }),
    })
    expect(r.status).toBe(400)
    const found = r.json.errors.map((e: { path: Array<unknown>; rule: string }) => `${e.path.join(".")} ${e.rule}`)
    expect(found).toEqual(
      expect.arrayContaining([
        "payload.quantity contribution.quantity.negative",
        "payload.item contribution.item.unknown",
        "payload.unit contribution.unit.unknown",
      ]),
    )
    const labour = await call(app, "POST", "/v1/contributions", {
      claims: laoCai.admin,
      body: cement(provider, { category: "labour", item: "ngay-cong", unit: "day", quantity: "10" }),
    })
    expect(labour.status).toBe(400)
    expect(labour.json.errors).toContainEqual(expect.objectContaining({ rule: "contribution.work-kind.missing" }))
    const early = await call(app, "POST", "/v1/contributions", {
      claims: laoCai.admin,
      body: cement(provider, { date: "2021-06-01" }),
    })
    expect(early.status).toBe(400)
    expect(early.json.errors).toContainEqual(
      expect.objectContaining({ path: ["payload", "date"], rule: "contribution.price-list.none-in-force" }),
    )
    // Tà Chải (02872) merged into TT Bắc Hà on 2024-11-01: not a commune on a 2025 date.
    const gone = await call(app, "POST", "/v1/contributions", {
      claims: laoCai.admin,
      body: cash(provider, "1", { commune: "02872", date: "2025-01-15" }),
    })
    expect(gone.status).toBe(400)
    expect(gone.json.errors).toContainEqual(
      expect.objectContaining({ path: ["payload", "commune"], rule: "contribution.commune.not-existing-on-date" }),
    )
    expect(await stored(provider.id)).toHaveLength(0)
  })
})

describe("idempotency", () => {
  it("50 concurrent identical creates with one key → exactly one contribution; totals move by one line only", async () => {
    const before = await totals()
    const provider = freshProvider()
    const body = cash(provider, "7000000")
    const key = randomUUID()
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        call(app, "POST", "/v1/contributions", { claims: laoCai.admin, body, headers: { "idempotency-key": key } }),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201))
    expect(new Set(responses.map((r) => r.text)).size).toBe(1)
    expect(await stored(provider.id)).toHaveLength(1)
    const after = await totals()
    expect(after.official).toEqual(before.official)
    expect(after.declaredUnconfirmed.lines).toBe(before.declaredUnconfirmed.lines + 1)
    expect(BigInt(after.declaredUnconfirmed.value) - BigInt(before.declaredUnconfirmed.value)).toBe(7000000n)
    const reused = await call(app, "POST", "/v1/contributions", {
      claims: laoCai.admin,
      body: cash(provider, "7000001"),
      headers: { "idempotency-key": key },
    })
    expect(reused.status).toBe(409)
    expect(reused.json.reason).toBe("idempotency-key-reused")
  })
})

describe("lifecycle through the endpoints", () => {
  it("pledged → delivered → confirmed by the receiving commune's official; totals move from unconfirmed to official", async () => {
    const before = await totals()
    const c = await create(cement(undefined, { status: "pledged" }))
    const d = await move(c.id, "deliver", 1, laoCai.admin, { date: "2022-09-20" })
    expect(d.status, d.text).toBe(200)
    expect(d.json).toMatchObject({ status: "delivered", version: 2 })
    const mid = await totals()
    expect(BigInt(mid.declaredUnconfirmed.value) - BigInt(before.declaredUnconfirmed.value)).toBe(30000000n)
    expect(mid.official).toEqual(before.official)
    expect((await move(c.id, "confirm", 2, laoCai.admin)).status).toBe(403)
    expect((await move(c.id, "confirm", 2, laoCai.dongTuyen)).status).toBe(403)
    const ok = await move(c.id, "confirm", 2, laoCai.coSan, { date: "2022-09-25" })
    expect(ok.status, ok.text).toBe(200)
    expect(ok.json.history.at(-1)).toEqual({
      status: "confirmed",
      date: "2022-09-25",
      by: { kind: "commune", id: "02746" },
    })
    const after = await totals()
    expect(BigInt(after.official.value) - BigInt(before.official.value)).toBe(30000000n)
    expect(after.declaredUnconfirmed).toEqual(before.declaredUnconfirmed)
    const cat = after.byCategory.find((x: { category: string }) => x.category === "construction-material")
    expect(BigInt(cat.official.value)).toBeGreaterThanOrEqual(30000000n)
  })

  it("an illegal move → 409 naming the rule; reject and void need a reason", async () => {
    const c = await create(cement(undefined, { status: "pledged" }))
    const illegal = await move(c.id, "confirm", 1, laoCai.coSan)
    expect(illegal.status).toBe(409)
    expect(illegal.json.errors).toContainEqual(expect.objectContaining({ rule: "lifecycle.illegal-transition" }))
    const noReason = await move(c.id, "void", 1, laoCai.admin)
    expect(noReason.status).toBe(409)
    expect(noReason.json.errors).toContainEqual(expect.objectContaining({ rule: "lifecycle.reason-required" }))
    const rejected = await move(c.id, "reject", 1, laoCai.coSan, { reason: "không nhận được hàng" })
    expect(rejected.status, rejected.text).toBe(200)
    const final = await move(c.id, "void", 2, laoCai.admin, { reason: "x" })
    expect(final.status).toBe(409)
    expect(final.json.errors[0].message).toContain("final")
  })

  it("concurrent moves with the same version → exactly one wins, the rest 409", async () => {
    const c = await create(cement())
    const responses = await Promise.all(Array.from({ length: 8 }, () => move(c.id, "confirm", 1, laoCai.coSan)))
    const statuses = responses.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(7)
    for (const r of responses.filter((x) => x.status === 409)) expect(r.json.reason).toBe("stale-version")
    const stale = await move(c.id, "void", 1, laoCai.admin, { reason: "x" })
    expect(stale.status).toBe(409)
    expect(stale.json.currentVersion).toBe(2)
    const missing = await call(app, "POST", `/v1/contributions/${c.id}/void`, { claims: laoCai.admin, body: {} })
    expect(missing.status).toBe(400)
    expect(missing.json.errors[0].rule).toBe("concurrency.version-required")
  })
})

describe("corrections: a confirmed line is never overwritten", () => {
  it("a correction is a new line referencing the old; the old is voided 'corrected by <new>' in the same transaction", async () => {
    const provider = freshProvider()
    const c = await create(cement(provider))
    await move(c.id, "confirm", 1, laoCai.coSan)
    const before = await totals()
    const correction = () =>
      call(app, "POST", `/v1/contributions/${c.id}/corrections`, {
        claims: laoCai.admin,
        body: cement(provider, { quantity: "18" }),
        headers: { "if-match": '"2"', "idempotency-key": `fix-${c.id}` },
      })
    const r = await correction()
    expect(r.status, r.text).toBe(201)
    // A retry with the same key gets the same 201 and writes nothing more.
    const retry = await correction()
    expect(retry.status).toBe(201)
    expect(retry.text).toBe(r.text)
    expect(await stored(provider.id)).toHaveLength(2)
    expect(r.json).toMatchObject({ correctionOf: c.id, value: "27000000", status: "delivered", version: 1 })
    const old = await call(app, "GET", `/v1/contributions/${c.id}`, { claims: laoCai.admin })
    expect(old.json).toMatchObject({ status: "voided", correctedBy: r.json.id, version: 3, value: "30000000" })
    expect(old.json.history.at(-1).reason).toBe(`corrected by ${r.json.id}`)
    // The confirmed entry is still in the history: nothing was overwritten, only appended.
    expect(old.json.history.map((h: { status: string }) => h.status)).toEqual(["delivered", "confirmed", "voided"])
    const after = await totals()
    expect(BigInt(before.official.value) - BigInt(after.official.value)).toBe(30000000n)
    // Audit: the old line's trail has create, confirm, void; the new one its create.
    const trail = await call(app, "GET", `/v1/audit/Contribution/${c.id}`, { claims: laoCai.admin })
    expect(trail.json.items.map((a: { version: number }) => a.version)).toEqual([1, 2, 3])
    const newTrail = await call(app, "GET", `/v1/audit/Contribution/${r.json.id}`, { claims: laoCai.admin })
    expect(newTrail.json.items).toHaveLength(1)
    expect(newTrail.json.items[0].requestId).toBe(trail.json.items[2].requestId)
  })

  it("concurrent corrections of one version → one transaction commits, the others leave nothing half-written", async () => {
    const provider = freshProvider()
    const c = await create(cement(provider))
    await move(c.id, "confirm", 1, laoCai.coSan)
    const responses = await Promise.all(
      ["17", "18", "19", "21", "22"].map((q) =>
        call(app, "POST", `/v1/contributions/${c.id}/corrections`, {
          claims: laoCai.admin,
          body: cement(provider, { quantity: q }),
          headers: { "if-match": '"2"' },
        }),
      ),
    )
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1)
    expect(responses.filter((r) => r.status === 409)).toHaveLength(4)
    const items = await stored(provider.id)
    expect(items).toHaveLength(2)
    const winner = responses.find((r) => r.status === 201)!.json.id
    const old = await call(app, "GET", `/v1/contributions/${c.id}`, { claims: laoCai.admin })
    expect(old.json.correctedBy).toBe(winner)
    // A correction at a stale version writes nothing either.
    const stale = await call(app, "POST", `/v1/contributions/${c.id}/corrections`, {
      claims: laoCai.admin,
      body: cement(provider, { quantity: "5" }),
      headers: { "if-match": '"2"' },
    })
    expect(stale.status).toBe(409)
    expect(await stored(provider.id)).toHaveLength(2)
  })
})

describe("lists: each filter on a key condition, opaque cursors", () => {
  it("by commune, provider, year, status and category; pages follow the cursor; a foreign cursor → 400", async () => {
    const provider = freshProvider()
    const a = await create(cement(provider))
    const b = await create(cash(provider, "100"))
    const c2 = await create(cash(provider, "200", { date: "2022-11-01", status: "pledged" }))
    await move(a.id, "confirm", 1, laoCai.coSan)
    const ids = (r: { json: { items: Array<{ id: string }> } }) => r.json.items.map((i) => i.id).sort()
    const get = (q: string, claims: Record<string, unknown> = laoCai.admin) =>
      call(app, "GET", `/v1/provinces/10/contributions?${q}`, { claims })

    expect(ids(await get(`provider=${provider.id}`))).toEqual([a.id, b.id, c2.id].sort())
    expect(ids(await get(`provider=${provider.id}&year=2022&status=pledged`))).toEqual([c2.id])
    expect(ids(await get(`provider=${provider.id}&category=cash`))).toEqual([b.id, c2.id].sort())
    expect(ids(await get(`provider=${provider.id}&year=2023`))).toEqual([])

    const commune = await get(`commune=02746&year=2022&status=confirmed&provider=${provider.id}`, laoCai.coSan)
    expect(ids(commune)).toEqual([a.id])
    const year = await get("year=2022&status=pledged&category=cash&limit=100")
    expect(year.json.items.map((i: { id: string }) => i.id)).toContain(c2.id)
    for (const i of year.json.items) expect(i).toMatchObject({ status: "pledged", category: "cash", year: "2022" })
    const yearCategory = await get("year=2022&category=cash&limit=100")
    for (const i of yearCategory.json.items) expect(i.category).toBe("cash")

    // Pages of one item each walk the whole list exactly once.
    const seen: Array<string> = []
    let cursor: string | undefined
    do {
      const page = await get(`provider=${provider.id}&limit=1${cursor === undefined ? "" : `&cursor=${cursor}`}`)
      expect(page.status).toBe(200)
      seen.push(...page.json.items.map((i: { id: string }) => i.id))
      cursor = page.json.cursor
    } while (cursor !== undefined)
    expect(seen.sort()).toEqual([a.id, b.id, c2.id].sort())

    const first = await get(`provider=${provider.id}&limit=1`)
    const foreign = await get(`provider=other&cursor=${first.json.cursor}`)
    expect(foreign.status).toBe(400)
    expect(foreign.json.errors[0].rule).toBe("cursor.invalid")
    const none = await get("")
    expect(none.status).toBe(400)
    expect(none.json.errors[0].rule).toBe("contribution.list.filter-required")
  })
})

describe("authorization through the endpoints", () => {
  it("who may record, read and move lines", async () => {
    const provider = freshProvider()
    // An agency acts only where a stored assignment (phân công) in force today names it: Cốc San, not Đồng Tuyển.
    const agencyId = `AG-${randomUUID().slice(0, 8)}`
    const agency = agencyClaims(agencyId)
    const before = await call(app, "POST", "/v1/contributions", { claims: agency, body: cash(provider, "10") })
    expect(before.status).toBe(403)
    const assigned = await call(app, "POST", "/v1/provinces/10/communes/02746/assignments", {
      claims: laoCai.admin,
      body: { helper: agencyId, role: "lead", from: "2020-01-01", legalBasis: "Quyết định phân công (test)" },
    })
    expect(assigned.status, assigned.text).toBe(201)
    const mine = await call(app, "POST", "/v1/contributions", { claims: agency, body: cash(provider, "10") })
    expect(mine.status, mine.text).toBe(201)
    const notMine = await call(app, "POST", "/v1/contributions", {
      claims: agency,
      body: cash(provider, "10", { commune: "02662" }),
    })
    expect(notMine.status).toBe(403)
    expect(notMine.json.detail).toContain("not assigned")
    for (const claims of [laoCai.coSan, laoCai.cityViewer, laoCai.otherAdmin]) {
      const r = await call(app, "POST", "/v1/contributions", { claims, body: cash(provider, "10") })
      expect(r.status).toBe(403)
    }
    expect((await call(app, "POST", "/v1/contributions", { body: cash(provider, "10") })).status).toBe(401)

    const id = mine.json.id as string
    expect((await call(app, "GET", `/v1/contributions/${id}`, { claims: laoCai.cityViewer })).status).toBe(200)
    expect((await call(app, "GET", `/v1/contributions/${id}`, { claims: laoCai.dongTuyen })).status).toBe(403)
    expect((await call(app, "GET", `/v1/contributions/${id}`, { claims: laoCai.otherAdmin })).status).toBe(403)
    expect((await call(app, "GET", "/v1/contributions/nope", { claims: laoCai.admin })).status).toBe(404)
    // A commune official may not void, a viewer may not deliver; the agency may void its assigned commune's line.
    expect((await move(id, "void", 1, laoCai.coSan, { reason: "x" })).status).toBe(403)
    expect((await move(id, "deliver", 1, laoCai.cityViewer)).status).toBe(403)
    // An outsider's 409 would leak the version: authorization comes first.
    expect((await move(id, "void", 99, laoCai.dongTuyen, { reason: "x" })).status).toBe(403)
    expect((await move(id, "void", 1, agency, { reason: "nhập trùng" })).status).toBe(200)
    // Lists and totals are read in a scope the caller covers.
    expect((await call(app, "GET", "/v1/provinces/10/contributions?year=2022", { claims: laoCai.coSan })).status).toBe(
      403,
    )
    expect(
      (await call(app, "GET", "/v1/provinces/10/contributions?commune=02746&year=2022", { claims: laoCai.cityViewer }))
        .status,
    ).toBe(200)
    expect(
      (await call(app, "GET", "/v1/provinces/10/contributions/totals?year=2022", { claims: laoCai.otherAdmin })).status,
    ).toBe(403)
    const own = await call(app, "GET", "/v1/provinces/10/contributions/totals?year=2022&commune=02746", {
      claims: laoCai.coSan,
    })
    expect(own.status).toBe(200)
    expect(own.json.commune).toBe("02746")
  })
})

describe("fuzz: arbitrary JSON on every write endpoint → 4xx with paths, no 5xx, nothing written", () => {
  const expect4xx = (r: { status: number; json: { errors?: Array<{ path: unknown; rule: unknown }> } }) => {
    expect(r.status).toBeGreaterThanOrEqual(400)
    expect(r.status).toBeLessThan(500)
    if (r.status === 400) {
      expect(r.json.errors?.length).toBeGreaterThan(0)
      for (const e of r.json.errors ?? []) {
        expect(Array.isArray(e.path)).toBe(true)
        expect(typeof e.rule).toBe("string")
      }
    }
  }
  const lineish = (provider: { id: string }) =>
    fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          provider: fc.oneof(fc.constant(provider), fc.jsonValue()),
          commune: fc.oneof(fc.constant("02746"), fc.constant("99999"), fc.jsonValue()),
          date: fc.oneof(fc.constant("2022-02-30"), fc.constant("2022-05-05"), fc.jsonValue()),
          programme: fc.oneof(fc.constant("ntm"), fc.jsonValue()),
          category: fc.oneof(fc.constant("cash"), fc.constant("labour"), fc.jsonValue()),
          item: fc.oneof(fc.constant("tien-mat"), fc.constant(""), fc.jsonValue()),
          quantity: fc.oneof(fc.constant("1e3"), fc.constant("-1"), fc.constant(1.5), fc.jsonValue()),
          unit: fc.oneof(fc.constant("dong"), fc.jsonValue()),
          status: fc.oneof(fc.constant("confirmed"), fc.jsonValue()),
          value: fc.oneof(fc.constant("1.0"), fc.constant(5), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
    )

  it("create and corrections", async () => {
    const provider = freshProvider()
    const target = await create(cement(freshProvider()))
    await fc.assert(
      fc.asyncProperty(lineish(provider), async (b) => {
        expect4xx(
          await call(app, "POST", "/v1/contributions", { claims: laoCai.admin, rawBody: JSON.stringify(b) ?? "" }),
        )
        expect4xx(
          await call(app, "POST", `/v1/contributions/${target.id}/corrections`, {
            claims: laoCai.admin,
            rawBody: JSON.stringify(b) ?? "",
            headers: { "if-match": '"1"' },
          }),
        )
      }),
      { numRuns: 60 },
    )
    expect(await stored(provider.id)).toHaveLength(0)
    const after = await call(app, "GET", `/v1/contributions/${target.id}`, { claims: laoCai.admin })
    expect(after.json).toEqual(target)
  })

  it("status changes", async () => {
    const target = await create(cement(undefined, { status: "pledged" }))
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          date: fc.oneof(fc.constant("2022-13-01"), fc.constant("2000-01-01"), fc.jsonValue()),
          reason: fc.oneof(fc.constant(""), fc.jsonValue()),
          version: fc.oneof(fc.constant(0), fc.constant(7), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
    )
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("deliver", "confirm", "reject", "void"), async (b, what) => {
        const claims = what === "confirm" || what === "reject" ? laoCai.coSan : laoCai.admin
        expect4xx(
          await call(app, "POST", `/v1/contributions/${target.id}/${what}`, {
            claims,
            rawBody: JSON.stringify(b) ?? "",
          }),
        )
      }),
      { numRuns: 80 },
    )
    const after = await call(app, "GET", `/v1/contributions/${target.id}`, { claims: laoCai.admin })
    expect(after.json).toEqual(target)
  })
})

describe("totals are core's status summary of what was written", () => {
  it("property: for any lines and moves, each status total moves by exactly the sum of its lines", async () => {
    const finalStatus = fc.constantFrom("pledged", "delivered", "confirmed", "rejected", "voided")
    const lines = fc.array(fc.record({ amount: fc.bigInt({ min: 0n, max: 10n ** 15n }), status: finalStatus }), {
      minLength: 1,
      maxLength: 4,
    })
    const path: Record<string, ReadonlyArray<[string, Record<string, unknown>]>> = {
      pledged: [],
      delivered: [["deliver", laoCai.admin]],
      confirmed: [["confirm", laoCai.coSan]],
      rejected: [["reject", laoCai.coSan]],
      voided: [["void", laoCai.admin]],
    }
    const key = {
      pledged: "pledged",
      delivered: "declaredUnconfirmed",
      confirmed: "official",
      rejected: "rejected",
      voided: "voided",
    } as const
    await fc.assert(
      fc.asyncProperty(lines, async (ls) => {
        const before = await totals("2023")
        for (const l of ls) {
          const start = l.status === "pledged" ? "pledged" : "delivered"
          const c = await create(cash(undefined, l.amount.toString(), { date: "2023-03-01", status: start }))
          let version = 1
          for (const [what, claims] of path[l.status] ?? []) {
            if (what === "deliver" && start === "delivered") continue
            const r = await move(c.id, what, version, claims, { date: "2023-03-02", reason: "kiểm thử" })
            expect(r.status, r.text).toBe(200)
            version++
          }
        }
        const after = await totals("2023")
        for (const [status, field] of Object.entries(key)) {
          const mine = ls.filter((l) => l.status === status)
          const sum = mine.reduce((a, l) => a + l.amount, 0n)
          expect(BigInt(after[field].value) - BigInt(before[field].value)).toBe(sum)
          expect(BigInt(after[field].cash) - BigInt(before[field].cash)).toBe(sum)
          expect(after[field].lines - before[field].lines).toBe(mine.length)
        }
      }),
      { numRuns: 6 },
    )
  })
})
