/** Opaque pagination cursors: base64url of DynamoDB's LastEvaluatedKey, validated on the way back in. */
import { InvalidRequest } from "@ntm/api"
import { Effect } from "effect"
import { TableDefinition } from "./definition.ts"
import type { KeyQuery } from "./entity.ts"

/** Encodes a LastEvaluatedKey as an opaque string; `undefined` (last page) stays `undefined`. */
export const encodeCursor = (lastKey: Record<string, unknown> | undefined): string | undefined =>
  lastKey === undefined ? undefined : Buffer.from(JSON.stringify(lastKey), "utf8").toString("base64url")

const bad = (message: string) =>
  new InvalidRequest({
    detail: "Invalid cursor",
    errors: [{ severity: "error", path: ["query", "cursor"], rule: "cursor.invalid", message }],
  })

/**
 * Decodes a cursor for `query`. A cursor must be exactly the key attributes of that query's index, all strings, and
 * its partition value must equal the query's, so a tampered cursor can neither crash the request nor jump into
 * another partition (→ 400).
 */
export const decodeCursor = (
  cursor: string | undefined,
  query: KeyQuery,
): Effect.Effect<Record<string, string> | undefined, InvalidRequest> => {
  if (cursor === undefined) return Effect.succeed(undefined)
  let parsed: unknown
  try {
    if (!/^[A-Za-z0-9_-]+$/u.test(cursor)) throw new Error("not base64url")
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
  } catch {
    return Effect.fail(bad("The cursor is not one this API issued"))
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return Effect.fail(bad("The cursor is not one this API issued"))
  }
  const expected = new Set([TableDefinition.partitionKey, TableDefinition.sortKey, query.pkName, query.skName])
  const entries = Object.entries(parsed)
  if (entries.length !== expected.size || entries.some(([k, v]) => !expected.has(k) || typeof v !== "string")) {
    return Effect.fail(bad("The cursor does not belong to this list"))
  }
  const key = parsed as Record<string, string>
  if (key[query.pkName] !== query.pk || !key[query.skName]!.startsWith(query.skPrefix)) {
    return Effect.fail(bad("The cursor does not belong to this list"))
  }
  return Effect.succeed(key)
}
