/** Ledger reads beyond get/list: the price list in force on a date, filtered contribution pages, and a whole year. */

import { QueryCommand } from "@aws-sdk/lib-dynamodb"
import type { ContributionRecord, InvalidRequest, PriceListRecord, Unavailable } from "@ntm/api"
import { Effect } from "effect"
import { decodeCursor, encodeCursor } from "./cursor.ts"
import { type Dynamo, send } from "./Dynamo.ts"
import { ContributionEntity } from "./entities/Contribution.ts"
import { PriceListEntity } from "./entities/PriceList.ts"
import { encodeKeyValue, type KeyQuery, type Stored } from "./entity.ts"
import type { Page, PageRequest } from "./repository.ts"

/**
 * The province's price list in force on `date`: the one with the latest `effectiveFrom` not after `date`.
 * `Query gsi1pk = PROVINCE#<province> AND gsi1sk BETWEEN "PRICELIST#" AND "PRICELIST#<date>$"`, newest first, 1 item.
 */
export const priceListInForce = (
  province: string,
  date: string,
): Effect.Effect<Stored<PriceListRecord> | undefined, Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const q = PriceListEntity.query("byProvince", { province })
    const out = yield* send((doc, TableName) =>
      doc.send(
        new QueryCommand({
          TableName,
          IndexName: q.index,
          KeyConditionExpression: "#pk = :pk AND #sk BETWEEN :from AND :to",
          ExpressionAttributeNames: { "#pk": q.pkName, "#sk": q.skName },
          // "$" sorts right after "#", so every key of a list taking effect on `date` is below the upper bound.
          ExpressionAttributeValues: { ":pk": q.pk, ":from": q.skPrefix, ":to": `PRICELIST#${encodeKeyValue(date)}$` },
          ScanIndexForward: false,
          Limit: 1,
        }),
      ),
    ).pipe(Effect.catchTag("DynamoError", Effect.die))
    const item = out.Items?.[0]
    return item === undefined || item.entityType !== PriceListEntity.type ? undefined : PriceListEntity.fromItem(item)
  })

/** Filters applied inside a key condition's partition (those the key does not already cover). */
export interface ContributionFilters {
  readonly commune?: string | undefined
  readonly provider?: string | undefined
  readonly year?: string | undefined
  readonly status?: string | undefined
  readonly category?: string | undefined
}

const filterPaths: Record<keyof ContributionFilters, ReadonlyArray<string>> = {
  commune: ["data", "commune"],
  provider: ["data", "provider", "id"],
  year: ["data", "year"],
  status: ["data", "status"],
  category: ["data", "category"],
}

/** A FilterExpression for the filters left after the key condition (always `entityType = :type`). */
const filterExpression = (filters: ContributionFilters) => {
  const names: Record<string, string> = {}
  const values: Record<string, unknown> = { ":type": ContributionEntity.type }
  const parts = ["entityType = :type"]
  for (const [k, v] of Object.entries(filters) as Array<[keyof ContributionFilters, string | undefined]>) {
    if (v === undefined) continue
    const path = filterPaths[k].map((segment) => {
      names[`#${segment}`] = segment
      return `#${segment}`
    })
    values[`:${k}`] = v
    parts.push(`${path.join(".")} = :${k}`)
  }
  return { expression: parts.join(" AND "), names, values }
}

/**
 * One page of contributions by a key condition, with the remaining filters as a FilterExpression. A page may hold
 * fewer than `limit` items while a cursor follows (DynamoDB applies `Limit` before the filter).
 */
export const contributionPage = (
  q: KeyQuery,
  residual: ContributionFilters,
  page: PageRequest,
): Effect.Effect<Page<Stored<ContributionRecord>>, InvalidRequest | Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const start = yield* decodeCursor(page.cursor, q)
    const f = filterExpression(residual)
    const out = yield* send((doc, TableName) =>
      doc.send(
        new QueryCommand({
          TableName,
          ...(q.index === undefined ? {} : { IndexName: q.index }),
          KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :sk)",
          FilterExpression: f.expression,
          ExpressionAttributeNames: { "#pk": q.pkName, "#sk": q.skName, ...f.names },
          ExpressionAttributeValues: { ":pk": q.pk, ":sk": q.skPrefix, ...f.values },
          Limit: page.limit ?? 50,
          ...(start === undefined ? {} : { ExclusiveStartKey: start }),
        }),
      ),
    ).pipe(Effect.catchTag("DynamoError", Effect.die))
    return { items: (out.Items ?? []).map(ContributionEntity.fromItem), cursor: encodeCursor(out.LastEvaluatedKey) }
  })

/** Every contribution under a key condition (all pages; for totals and reports of one year). */
export const allContributions = (
  q: KeyQuery,
): Effect.Effect<Array<ContributionRecord>, InvalidRequest | Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const out: Array<ContributionRecord> = []
    let cursor: string | undefined
    do {
      // Large pages (DynamoDB still stops each at 1 MB): a year of 100,000 lines in ~100 round trips, not 1,000 (P5).
      const page = yield* contributionPage(q, {}, { limit: 1_000, ...(cursor === undefined ? {} : { cursor }) })
      for (const s of page.items) out.push(s.value)
      cursor = page.cursor
    } while (cursor !== undefined)
    return out
  })
