/** Price lists through the real endpoints on DynamoDB Local: create (idempotent), get, list by province, price in force. */
import { randomUUID } from "node:crypto"
import { QueryCommand } from "@aws-sdk/lib-dynamodb"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { makeDocumentClient, makeDynamoClient } from "../src/table/client.ts"
import { call, demoEntries, dynamo, makeLedgerApp } from "./support/ledger.ts"

const app = makeLedgerApp()
const { endpoint, tableName } = dynamo()
const raw = makeDynamoClient({ endpoint })
const doc = makeDocumentClient(raw)
afterAll(async () => {
  await app.dispose()
  raw.destroy()
})

/** Illustrative province 91 and its admin; every price here is test data. */
const admin91 = { sub: "p-admin", "cognito:groups": "[province-admin]", "custom:province": "91" }
const admin92 = { sub: "p-admin-92", "cognito:groups": "[province-admin]", "custom:province": "92" }
const viewer91 = { sub: "p-viewer", "cognito:groups": "[unit-viewer]", "custom:province": "91", "custom:unit": "911" }
const official91 = {
  sub: "p-commune",
  "cognito:groups": "[commune-official]",
  "custom:province": "91",
  "custom:unit": "91101",
}

const entry = (unitValue: string, validFrom: string, validTo?: string) => ({
  item: "xi-mang",
  unit: "t",
  unitValue,
  validFrom,
  ...(validTo === undefined ? {} : { validTo }),
  source: "test data",
})
const list = (effectiveFrom: string, entries: ReadonlyArray<unknown>) => ({
  province: "91",
  name: { vi: "Bảng giá thử", en: "Test price list" },
  effectiveFrom,
  rounding: "half-up",
  tolerancePercent: 10,
  entries,
})

const countPriceLists = async (province: string) => {
  const q = await doc.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :p AND begins_with(gsi1sk, :s)",
      ExpressionAttributeValues: { ":p": `PROVINCE#${province}`, ":s": "PRICELIST#" },
    }),
  )
  return q.Items?.length ?? 0
}

describe("price lists", () => {
  it("create is idempotent, one list per province and date; get and list by province read it back", async () => {
    const key = randomUUID()
    const body = list("2021-01-01", [entry("1400000", "2021-01-01", "2022-01-01")])
    const first = await call(app, "POST", "/v1/price-lists", {
      claims: admin91,
      body,
      headers: { "idempotency-key": key },
    })
    expect(first.status).toBe(201)
    expect(first.json).toMatchObject({ id: "91-2021-01-01", province: "91", version: 1 })
    expect(first.json.entries[0].unitValue).toBe("1400000")
    const again = await call(app, "POST", "/v1/price-lists", {
      claims: admin91,
      body,
      headers: { "idempotency-key": key },
    })
    expect(again.status).toBe(201)
    expect(again.text).toBe(first.text)
    const other = await call(app, "POST", "/v1/price-lists", { claims: admin91, body })
    expect(other.status).toBe(409)
    expect(other.json.reason).toBe("already-exists")

    const got = await call(app, "GET", "/v1/price-lists/91-2021-01-01", { claims: viewer91 })
    expect(got.status).toBe(200)
    expect(got.json).toEqual(first.json)
    const page = await call(app, "GET", "/v1/provinces/91/price-lists", { claims: admin91 })
    expect(page.status).toBe(200)
    expect(page.json.items.map((i: { id: string }) => i.id)).toContain("91-2021-01-01")
  })

  it("the price in force: the latest list taking effect on or before the date, then the entry valid that day", async () => {
    await call(app, "POST", "/v1/price-lists", {
      claims: admin91,
      body: list("2023-01-01", [entry("1500000", "2023-01-01", "2023-07-01"), entry("1600000", "2023-07-01")]),
    })
    await call(app, "POST", "/v1/price-lists", {
      claims: admin91,
      body: list("2024-01-01", [entry("1700000", "2024-01-01")]),
    })
    const at = async (date: string) =>
      call(app, "GET", `/v1/provinces/91/prices?item=xi-mang&date=${date}`, { claims: official91 })
    expect((await at("2023-01-01")).json).toMatchObject({
      priceListId: "91-2023-01-01",
      entry: { unitValue: "1500000" },
    })
    expect((await at("2023-08-15")).json).toMatchObject({
      priceListId: "91-2023-01-01",
      entry: { unitValue: "1600000" },
    })
    expect((await at("2023-12-31")).json.entry.unitValue).toBe("1600000")
    expect((await at("2024-01-01")).json).toMatchObject({
      priceListId: "91-2024-01-01",
      entry: { unitValue: "1700000" },
    })
    expect((await at("2020-06-01")).status).toBe(404)
    const noItem = await call(app, "GET", "/v1/provinces/91/prices?item=gach&date=2024-02-01", { claims: admin91 })
    expect(noItem.status).toBe(404)
  })

  it("core's price-list rules → 400 naming each entry and rule; nothing written", async () => {
    const before = await countPriceLists("91")
    const r = await call(app, "POST", "/v1/price-lists", {
      claims: admin91,
      body: list("2025-01-01", [
        entry("1", "2025-01-01"),
        entry("2", "2025-03-01"),
        entry("3", "2025-05-01", "2025-04-01"),
      ]),
    })
    expect(r.status).toBe(400)
    const rules = r.json.errors.map((e: { path: Array<unknown>; rule: string }) => `${e.path.join(".")} ${e.rule}`)
    expect(rules).toContain("payload.entries.1 price-list.overlap")
    expect(rules).toContain("payload.entries.2.validTo price-list.empty-range")
    expect(await countPriceLists("91")).toBe(before)
  })

  it("authorization: only a province admin of the list's province creates; reading stays in the province", async () => {
    const body = list("2026-01-01", [entry("1", "2026-01-01")])
    expect((await call(app, "POST", "/v1/price-lists", { claims: official91, body })).status).toBe(403)
    expect((await call(app, "POST", "/v1/price-lists", { claims: admin92, body })).status).toBe(403)
    expect((await call(app, "POST", "/v1/price-lists", { body })).status).toBe(401)
    expect((await call(app, "GET", "/v1/price-lists/91-2021-01-01", { claims: admin92 })).status).toBe(403)
    expect((await call(app, "GET", "/v1/provinces/91/price-lists", { claims: admin92 })).status).toBe(403)
    expect((await call(app, "GET", "/v1/price-lists/91-1999-01-01", { claims: admin91 })).status).toBe(404)
  })

  it("fuzz: arbitrary JSON on create → always 4xx with paths, never 5xx, nothing written", async () => {
    const before = await countPriceLists("91")
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          province: fc.oneof(fc.constant("91"), fc.jsonValue()),
          name: fc.oneof(fc.constant({ vi: "a", en: "b" }), fc.jsonValue()),
          effectiveFrom: fc.oneof(fc.constant("2027-02-30"), fc.constant("2027-01-01"), fc.jsonValue()),
          rounding: fc.oneof(fc.constant("half-up"), fc.jsonValue()),
          tolerancePercent: fc.oneof(fc.constant(-1), fc.constant(1.5), fc.jsonValue()),
          entries: fc.oneof(
            fc.constant([entry("-1", "2027-01-01")]),
            fc.constant([entry("1.5", "2027-01-01")]),
            fc.array(fc.jsonValue(), { maxLength: 3 }),
          ),
        },
        { requiredKeys: [] },
      ),
    )
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const r = await call(app, "POST", "/v1/price-lists", { claims: admin91, rawBody: JSON.stringify(b) ?? "" })
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(r.status).toBeLessThan(500)
        expect(r.json.errors.length).toBeGreaterThan(0)
        for (const e of r.json.errors) {
          expect(Array.isArray(e.path)).toBe(true)
          expect(typeof e.rule).toBe("string")
        }
      }),
      { numRuns: 100 },
    )
    expect(await countPriceLists("91")).toBe(before)
  })

  it("the demo list decodes through the endpoint's Schema (a real list of 2022 assumptions)", () => {
    expect(demoEntries.length).toBeGreaterThan(5)
  })
})
