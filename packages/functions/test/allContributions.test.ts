/** Reading a year's partition whole: every line once, in the partition's order, across page boundaries. */
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb"
import type { ContributionRecord } from "@ntm/api"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeDocumentClient, makeDynamoClient } from "../src/table/client.ts"
import { dynamoLayer } from "../src/table/Dynamo.ts"
import { ContributionEntity } from "../src/table/entities/Contribution.ts"
import { allContributions, contributionPage } from "../src/table/ledgerQueries.ts"
import { laoCai, makeOwnTableApp } from "./support/app.ts"
import { cashLine } from "./support/ledger.ts"
import { call, dynamo } from "./support/widgets.ts"

const app = makeOwnTableApp("all-contributions")
const tableName = `ntm-all-contributions-${process.pid}`
// More than two pages of 1,000, and not a multiple of the page size.
const LINES = 2_345

const run = <A, E>(effect: Effect.Effect<A, E, never>) => Effect.runPromise(effect)
const layer = () => dynamoLayer({ endpoint: dynamo().endpoint, tableName })

/** The partition read one page after another with cursors, as a client would: the reference order. */
const sequentialIds = async (year: string): Promise<Array<string>> => {
  const q = ContributionEntity.query("byYear", { province: "10", year })
  const ids: Array<string> = []
  let cursor: string | undefined
  do {
    const page = await run(
      contributionPage(q, {}, { limit: 1_000, ...(cursor === undefined ? {} : { cursor }) }).pipe(
        Effect.provide(layer()),
      ),
    )
    for (const s of page.items) ids.push(s.value.id)
    cursor = page.cursor
  } while (cursor !== undefined)
  return ids
}

beforeAll(async () => {
  await app.ready()
  // One ILLUSTRATIVE cash line stored through the API, then copied with new ids straight into the table.
  const created = await call(app, "POST", "/v1/contributions", {
    claims: laoCai.admin,
    body: cashLine({ kind: "enterprise", id: "p0", name: "Công ty minh hoạ 0" }, "5000000", { date: "2022-10-01" }),
  })
  expect(created.status).toBe(201)
  const template = (created.json as ContributionRecord & { id: string }).id
  const [stored] = await run(
    allContributions(ContributionEntity.query("byYear", { province: "10", year: "2022" })).pipe(
      Effect.provide(layer()),
    ),
  )
  expect(stored?.id).toBe(template)
  const raw = makeDynamoClient({ endpoint: dynamo().endpoint })
  const doc = makeDocumentClient(raw)
  const items = Array.from({ length: LINES - 1 }, (_, i) =>
    ContributionEntity.toItem({ ...stored!, id: `copy-${String(i).padStart(5, "0")}` } as ContributionRecord, 1),
  )
  for (let i = 0; i < items.length; i += 25) {
    let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }))
    while (requests.length > 0) {
      const out = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }))
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests
    }
  }
  raw.destroy()
}, 120_000)

afterAll(() => app.dispose())

describe("allContributions", () => {
  it("reads every line of the partition once, in the order of paging through it", async () => {
    const q = ContributionEntity.query("byYear", { province: "10", year: "2022" })
    const lines = await run(allContributions(q).pipe(Effect.provide(layer())))
    expect(lines.length).toBe(LINES)
    expect(new Set(lines.map((l) => l.id)).size).toBe(LINES)
    expect(lines.map((l) => l.id)).toEqual(await sequentialIds("2022"))
  })

  it("reads an empty partition as no lines", async () => {
    const q = ContributionEntity.query("byYear", { province: "10", year: "2019" })
    expect(await run(allContributions(q).pipe(Effect.provide(layer())))).toEqual([])
  })
})
