/** Idempotency records: a create's response kept for 24 h under the caller's `Idempotency-Key`. */
import { createHash } from "node:crypto"
import { encodeKeyValue } from "./entity.ts"

/** How long a key is remembered, in seconds (DynamoDB TTL on `expiresAt`). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600

/** Entity type stored on idempotency items. */
export const IDEMPOTENCY_ENTITY_TYPE = "Idempotency"

/** What a create with an idempotency key claims: the key (scoped to its caller) and the request's fingerprint. */
export interface IdempotencyClaim {
  /** The caller's subject: two callers never share a key. */
  readonly subject: string
  readonly key: string
  /** Hash of method, path and body: a reused key with another request is a 409. */
  readonly fingerprint: string
}

/** The remembered outcome: the created entity's item metadata and data, replayed verbatim. */
export interface IdempotentResponse {
  readonly entityType: string
  readonly entityId: string
  readonly schemaVersion: number
  readonly version: number
  readonly data: unknown
}

/** The key of an idempotency item. */
export const idempotencyKey = (claim: Pick<IdempotencyClaim, "subject" | "key">) => ({
  pk: `IDEMPOTENCY#${encodeKeyValue(claim.subject)}#${encodeKeyValue(claim.key)}`,
  sk: "IDEMPOTENCY",
})

/** A stable JSON rendering (object keys sorted) so equal bodies hash equally. */
const canonical = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`
  if (typeof v === "object" && v !== null) {
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`
  }
  return JSON.stringify(v) ?? "null"
}

/** Fingerprint of a request: sha256 over method, path and canonical body. */
export const fingerprint = (method: string, path: string, body: unknown): string =>
  createHash("sha256")
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest("base64url")

/** The idempotency item written in the same transaction as the entity it created. */
export const idempotencyItem = (claim: IdempotencyClaim, response: IdempotentResponse, nowMs: number) => ({
  ...idempotencyKey(claim),
  entityType: IDEMPOTENCY_ENTITY_TYPE,
  fingerprint: claim.fingerprint,
  response,
  createdAt: new Date(nowMs).toISOString(),
  expiresAt: Math.floor(nowMs / 1000) + IDEMPOTENCY_TTL_SECONDS,
})
