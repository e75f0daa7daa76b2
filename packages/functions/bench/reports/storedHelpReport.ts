/**
 * P5: the help report of a province-year over 100,000 stored contribution lines on DynamoDB Local, through the API
 * (GET /v1/reports/help → repository Query pages → core's help report → JSON), against a raw SDK Query of the same
 * partition (all pages) summing the lines' values. The lines are ILLUSTRATIVE copies of one cash line stored
 * through the API, spread over 300 providers and two real communes of old Lào Cai (lao-cai-units.md); seeded once
 * per run with BatchWriteItem.
 */
import { BatchWriteCommand, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb"
import { type ContributionRecord, RequestAuth } from "@ntm/api"
import { Context } from "effect"
import type { BenchItem } from "../../../../scripts/bench/item.ts"
import { median } from "../../../../scripts/bench/item.ts"
import { makeWebHandler } from "../../src/http/app.ts"
import { makeDocumentClient, makeDynamoClient } from "../../src/table/client.ts"
import { dynamoLayer } from "../../src/table/Dynamo.ts"
import { ContributionEntity } from "../../src/table/entities/Contribution.ts"
import { benchAdmin, benchCashLine, dynamoWithTable, storeThroughApi } from "../support.ts"

const TABLE = "bench-help"
/** Xã Cốc San and Xã Đồng Tuyển, both in Thành phố Lào Cai (080) in 2022 (lao-cai-units.md). */
const communes = ["02746", "02662"] as const

/** The P5 item. */
export const storedHelpReport: BenchItem = {
  name: "P5 help report over stored lines",
  run: async ({ smoke }) => {
    const lines = smoke ? 500 : Number(process.env.P5_LINES ?? 100_000)
    const rounds = smoke ? 1 : 3
    const dynamo = await dynamoWithTable(TABLE)
    const raw = makeDynamoClient({ endpoint: dynamo.endpoint })
    const doc = makeDocumentClient(raw)
    const app = makeWebHandler({
      dynamo: dynamoLayer({ endpoint: dynamo.endpoint, tableName: TABLE }),
      logLevel: "None",
    })
    const auth = Context.make(RequestAuth, { claims: benchAdmin })
    try {
      const id = await storeThroughApi(
        app.handler,
        benchCashLine({ kind: "enterprise", id: "p0", name: "Công ty minh hoạ 0" }),
      )
      const stored = await doc.send(new GetCommand({ TableName: TABLE, Key: ContributionEntity.primaryKey({ id }) }))
      const template = ContributionEntity.fromItem(stored.Item!).value
      const started = performance.now()
      const item = (i: number) => {
        const provider = { kind: "enterprise" as const, id: `p${i % 300}`, name: `Công ty minh hoạ ${i % 300}` }
        const confirmed = i % 4 !== 0
        const record: ContributionRecord = {
          ...template,
          id: `line-${i}`,
          provider,
          providerId: provider.id,
          commune: communes[i % 2]!,
          status: confirmed ? "confirmed" : "delivered",
          history: confirmed
            ? [...template.history, { status: "confirmed", date: template.date, by: template.history[0]!.by }]
            : template.history,
        } as ContributionRecord
        return ContributionEntity.toItem(record, 1)
      }
      const batches: Array<Array<Record<string, unknown>>> = []
      for (let i = 1; i < lines; i += 25)
        batches.push(Array.from({ length: Math.min(25, lines - i) }, (_, k) => item(i + k)))
      const write = async () => {
        for (let b = batches.pop(); b !== undefined; b = batches.pop()) {
          let requests = b.map((Item) => ({ PutRequest: { Item } }))
          while (requests.length > 0) {
            const out = await doc.send(new BatchWriteCommand({ RequestItems: { [TABLE]: requests } }))
            requests = (out.UnprocessedItems?.[TABLE] ?? []) as typeof requests
          }
        }
      }
      await Promise.all(Array.from({ length: 4 }, write))
      console.log(`  seeded ${lines} lines in ${((performance.now() - started) / 1000).toFixed(0)} s`)

      const q = ContributionEntity.query("byYear", { province: "10", year: "2022" })
      const baseline = async () => {
        let sum = 0n
        let count = 0
        let start: Record<string, unknown> | undefined
        do {
          const out = await doc.send(
            new QueryCommand({
              TableName: TABLE,
              IndexName: q.index,
              KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :sk)",
              // The filter and page size the repository sends (allContributions → contributionPage), so both sides
              // send the same Queries: without a Limit, DynamoDB Local took ~13× longer over 100,000 items.
              FilterExpression: "entityType = :type",
              ExpressionAttributeNames: { "#pk": q.pkName, "#sk": q.skName },
              ExpressionAttributeValues: { ":pk": q.pk, ":sk": q.skPrefix, ":type": ContributionEntity.type },
              Limit: 1_000,
              ...(start === undefined ? {} : { ExclusiveStartKey: start }),
            }),
          )
          for (const it of out.Items ?? []) {
            const data = it.data as { value?: string; status: string }
            if (data.status === "confirmed" && data.value !== undefined) sum += BigInt(data.value)
            count++
          }
          start = out.LastEvaluatedKey
        } while (start !== undefined)
        if (count !== lines) throw new Error(`the raw Query read ${count} lines, not ${lines}`)
        return sum
      }
      const candidate = async () => {
        const res = await app.handler(
          new Request("http://bench/v1/reports/help?province=10&year=2022&by=provider&format=json"),
          auth,
        )
        const text = await res.text()
        if (res.status !== 200) throw new Error(`the help report answered ${res.status}: ${text.slice(0, 300)}`)
        return text
      }
      const expected = await baseline()
      const report = await candidate()
      if (!report.includes(String(expected)))
        throw new Error(`the report does not show the confirmed total ${expected}`)
      const times = { baseline: [] as Array<number>, candidate: [] as Array<number> }
      // This process's CPU time per side: the code's own share, DynamoDB Local's Java process excluded.
      const cpu = { baseline: [] as Array<number>, candidate: [] as Array<number> }
      for (let r = 0; r < rounds; r++)
        for (const side of r % 2 === 0 ? (["baseline", "candidate"] as const) : (["candidate", "baseline"] as const)) {
          const t0 = performance.now()
          const c0 = process.cpuUsage()
          await (side === "baseline" ? baseline() : candidate())
          const c = process.cpuUsage(c0)
          times[side].push(performance.now() - t0)
          cpu[side].push((c.user + c.system) / 1000)
        }
      return [
        {
          group: `P5 help report for a province-year over ${lines.toLocaleString("en")} stored lines (DynamoDB Local)`,
          baseline: {
            name: "baseline: raw SDK Query of the year's partition (all pages of 1,000) + bigint sum of confirmed values",
            measure: { value: median(times.baseline), unit: "ms" },
          },
          candidate: {
            name: "GET /v1/reports/help?by=provider&format=json through the API (median of the rounds)",
            measure: { value: median(times.candidate), unit: "ms" },
          },
        },
        {
          group: "P5 help report — of which this process's CPU time (DynamoDB Local's excluded)",
          baseline: { name: "raw Query + sum", measure: { value: median(cpu.baseline), unit: "ms" } },
          candidate: { name: "the API's report", measure: { value: median(cpu.candidate), unit: "ms" } },
          target: null,
        },
      ]
    } finally {
      await app.dispose()
      raw.destroy()
      await dynamo.stop()
    }
  },
}
