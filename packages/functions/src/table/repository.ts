/** Reads and writes entities on the one table: get, list, and transactional writes that always append audit records. */

import { GetCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb"
import { type AuditRecord, Conflict, type InvalidRequest, NotFound, RETRY_AFTER_SECONDS, Unavailable } from "@ntm/api"
import { Effect, type Schema } from "effect"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { type Actor, actorOf, auditFromItem, auditItem, auditPk } from "./audit.ts"
import { decodeCursor, encodeCursor } from "./cursor.ts"
import { type Dynamo, type DynamoError, send } from "./Dynamo.ts"
import type { Entity, KeyQuery, KeyValues, Stored } from "./entity.ts"
import {
  IDEMPOTENCY_ENTITY_TYPE,
  type IdempotencyClaim,
  type IdempotentResponse,
  idempotencyItem,
  idempotencyKey,
} from "./idempotency.ts"

// biome-ignore lint/suspicious/noExplicitAny: entities of any schema are handled alike here
type AnyEntity = Entity<any, any>

/** One change in a write: create a new entity, replace one at a known version, or delete one at a known version. */
export type Change =
  | { readonly op: "create"; readonly entity: AnyEntity; readonly value: unknown }
  | { readonly op: "update"; readonly entity: AnyEntity; readonly before: Stored<unknown>; readonly value: unknown }
  | { readonly op: "delete"; readonly entity: AnyEntity; readonly before: Stored<unknown> }

/** A create change (fails the write with `already-exists` if the key is taken). */
export const create = <S extends Schema.Top, P extends string>(entity: Entity<S, P>, value: S["Type"]): Change => ({
  op: "create",
  entity,
  value,
})

/** An update change: replaces `before` (read earlier) with `value`; fails with `stale-version` if it moved on. */
export const update = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  before: Stored<S["Type"]>,
  value: S["Type"],
): Change => ({ op: "update", entity, before, value })

/** A delete change at a known version. */
export const remove = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  before: Stored<S["Type"]>,
): Change => ({
  op: "delete",
  entity,
  before,
})

/** Why a transaction was cancelled, decided from DynamoDB's per-item reasons. */
type Cancelled = { readonly _tag: "Cancelled"; readonly kind: "idempotency" | "exists" | "stale" | "contention" }

const versionAfter = (c: Change): number => (c.op === "create" ? 1 : c.before.version + 1)

const auditRecordOf = (c: Change, actor: Actor, at: string): AuditRecord => {
  const value = c.op === "delete" ? c.before.value : c.value
  const entity = c.entity
  const scope = entity.config.scope(value)
  return {
    entityType: entity.type,
    entityId: entity.config.id(value),
    version: versionAfter(c),
    operation: c.op,
    at,
    actor: actorOf(actor),
    requestId: actor.requestId,
    scope: {
      province: scope.province,
      ...(scope.district === undefined ? {} : { district: scope.district }),
      ...(scope.commune === undefined ? {} : { commune: scope.commune }),
    },
    ...(c.op === "create" ? {} : { before: entity.encode(c.before.value) }),
    ...(c.op === "delete" ? {} : { after: entity.encode(c.value) }),
  }
}

// biome-ignore lint/suspicious/noExplicitAny: TransactWriteItems entries are plain SDK objects
const transactItem = (c: Change, tableName: string): any => {
  const item = c.entity.toItem(c.op === "delete" ? c.before.value : c.value, versionAfter(c))
  switch (c.op) {
    case "create":
      return { Put: { TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" } }
    case "update": {
      const key = { pk: item.pk, sk: item.sk }
      const beforeKey = c.entity.toItem(c.before.value, c.before.version)
      if (beforeKey.pk !== key.pk || beforeKey.sk !== key.sk)
        throw new Error("an update must not change the primary key")
      return {
        Put: {
          TableName: tableName,
          Item: item,
          ConditionExpression: "#v = :expected",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":expected": c.before.version },
        },
      }
    }
    case "delete":
      return {
        Delete: {
          TableName: tableName,
          Key: { pk: item.pk, sk: item.sk },
          ConditionExpression: "#v = :expected",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":expected": c.before.version },
        },
      }
  }
}

const classify = (
  e: DynamoError,
  changes: ReadonlyArray<Change>,
  withIdempotency: boolean,
): Cancelled | DynamoError => {
  if (e.name !== "TransactionCanceledException") return e
  const offset = withIdempotency ? 1 : 0
  if (withIdempotency && e.reasons[0] === "ConditionalCheckFailed") return { _tag: "Cancelled", kind: "idempotency" }
  const failed = e.reasons.findIndex((r, i) => i >= offset && r === "ConditionalCheckFailed")
  const change = changes[failed - offset]
  if (change !== undefined && failed - offset < changes.length) {
    return { _tag: "Cancelled", kind: change.op === "create" ? "exists" : "stale" }
  }
  if (e.reasons.some((r) => r === "TransactionConflict")) return { _tag: "Cancelled", kind: "contention" }
  return e
}

/**
 * Writes `changes` and one audit record per change in ONE transaction (all or nothing), optionally with an
 * idempotency record. Fails with the reason it was cancelled; throttling → `Unavailable`; anything else dies.
 */
const transact = (
  changes: ReadonlyArray<Change>,
  actor: Actor,
  idempotency?: { readonly claim: IdempotencyClaim; readonly response: IdempotentResponse },
): Effect.Effect<void, Cancelled | Unavailable, Dynamo | Clock> =>
  Effect.gen(function* () {
    if (changes.length === 0) return
    if (changes.length * 2 + (idempotency === undefined ? 0 : 1) > 100) {
      return yield* Effect.die(new Error("a transaction holds at most 49 changes (each with its audit record)"))
    }
    const clock = yield* Clock
    const nowMs = clock.now()
    const at = isoTimestamp(nowMs)
    yield* send((doc, TableName) => {
      const items = [
        ...(idempotency === undefined
          ? []
          : [
              {
                Put: {
                  TableName,
                  Item: idempotencyItem(idempotency.claim, idempotency.response, nowMs),
                  ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :nowSeconds",
                  ExpressionAttributeValues: { ":nowSeconds": Math.floor(nowMs / 1000) },
                },
              },
            ]),
        ...changes.map((c) => transactItem(c, TableName)),
        ...changes.map((c) => ({
          Put: {
            TableName,
            Item: auditItem(auditRecordOf(c, actor, at)),
            ConditionExpression: "attribute_not_exists(pk)",
          },
        })),
      ]
      return doc.send(new TransactWriteCommand({ TransactItems: items }))
    }).pipe(
      Effect.catchTag("DynamoError", (e) => {
        const c = classify(e, changes, idempotency !== undefined)
        return c._tag === "Cancelled" ? Effect.fail(c) : Effect.die(c)
      }),
    )
  })

/** Reads one entity by its primary key values (strongly consistent). */
export const get = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  key: KeyValues<S["Type"]>,
): Effect.Effect<Stored<S["Type"]>, NotFound | Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const Key = entity.primaryKey(key)
    const out = yield* send((doc, TableName) =>
      doc.send(new GetCommand({ TableName, Key, ConsistentRead: true })),
    ).pipe(Effect.catchTag("DynamoError", Effect.die))
    if (out.Item === undefined || out.Item.entityType !== entity.type) {
      return yield* new NotFound({ detail: `No ${entity.type} with this id`, entityType: entity.type })
    }
    return entity.fromItem(out.Item)
  })

/** A page of a list. `cursor` is absent on the last page. */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly cursor?: string | undefined
}

/** Paging options of a list request. */
export interface PageRequest {
  readonly cursor?: string | undefined
  readonly limit?: number | undefined
  /** Sort-key order: `asc` (default) or `desc` (newest first when the sort key starts with a date). */
  readonly order?: "asc" | "desc" | undefined
}

const queryPage = (q: KeyQuery, page: PageRequest, filterType: string) =>
  Effect.gen(function* () {
    const start = yield* decodeCursor(page.cursor, q)
    const out = yield* send((doc, TableName) =>
      doc.send(
        new QueryCommand({
          TableName,
          ...(q.index === undefined ? {} : { IndexName: q.index }),
          KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :sk)",
          FilterExpression: "entityType = :type",
          ExpressionAttributeNames: { "#pk": q.pkName, "#sk": q.skName },
          ExpressionAttributeValues: { ":pk": q.pk, ":sk": q.skPrefix, ":type": filterType },
          Limit: page.limit ?? 50,
          ...(page.order === "desc" ? { ScanIndexForward: false } : {}),
          ...(start === undefined ? {} : { ExclusiveStartKey: start }),
        }),
      ),
    ).pipe(Effect.catchTag("DynamoError", Effect.die))
    return { items: out.Items ?? [], cursor: encodeCursor(out.LastEvaluatedKey) }
  })

/** Lists entities by an access pattern (a Query, never a Scan), one page at a time. */
export const list = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  pattern: P | "primary",
  values: KeyValues<S["Type"]>,
  page: PageRequest = {},
): Effect.Effect<Page<Stored<S["Type"]>>, InvalidRequest | Unavailable, Dynamo> =>
  Effect.map(queryPage(entity.query(pattern, values), page, entity.type), (r) => ({
    items: r.items.map(entity.fromItem),
    cursor: r.cursor,
  }))

/**
 * Every entity of an access pattern (all pages, 100 a page) — for bounded partitions only: one commune's or one
 * province's records, read to compute progress or a report. Our own cursors never fail validation (a defect if so).
 *
 * @example
 * const targets = yield* listAll(TargetEntity, "byProvince", { province: "10" })
 */
export const listAll = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  pattern: P | "primary",
  values: KeyValues<S["Type"]>,
  order: "asc" | "desc" = "asc",
): Effect.Effect<Array<S["Type"]>, Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const out: Array<S["Type"]> = []
    let cursor: string | undefined
    do {
      const page = yield* list(entity, pattern, values, { limit: 100, cursor, order }).pipe(
        Effect.catchTag("InvalidRequest", Effect.die),
      )
      for (const s of page.items) out.push(s.value)
      cursor = page.cursor
    } while (cursor !== undefined)
    return out
  })

/** One page of an entity's audit trail, oldest first. */
export const auditTrail = (
  entityType: string,
  entityId: string,
  page: PageRequest = {},
): Effect.Effect<Page<AuditRecord>, InvalidRequest | Unavailable, Dynamo> => {
  const pk = auditPk(entityType, entityId)
  const q: KeyQuery = { index: undefined, pkName: "pk", skName: "sk", pk, skPrefix: "V#", entityType: "AuditRecord" }
  return Effect.map(queryPage(q, page, "AuditRecord"), (r) => ({ items: r.items.map(auditFromItem), cursor: r.cursor }))
}

const conflictOf = (kind: Cancelled["kind"], entityType: string): Conflict =>
  kind === "exists"
    ? new Conflict({ detail: `This ${entityType} already exists`, reason: "already-exists" })
    : new Conflict({ detail: `This ${entityType} was changed by someone else; reload it`, reason: "stale-version" })

/**
 * Commits a multi-item change (all or nothing, each change audited). A stale version or a taken key → 409.
 *
 * @example
 * yield* commit([update(Pack, before, next), create(PackEvent, event)], actor)
 */
export const commit = (
  changes: ReadonlyArray<Change>,
  actor: Actor,
): Effect.Effect<void, Conflict | Unavailable, Dynamo | Clock> =>
  transact(changes, actor).pipe(
    Effect.catchTag("Cancelled", (c) =>
      Effect.fail(conflictOf(c.kind === "contention" ? "stale" : c.kind, changes[0]?.entity.type ?? "entity")),
    ),
  )

const readIdempotency = (claim: IdempotencyClaim) =>
  Effect.gen(function* () {
    const clock = yield* Clock
    const out = yield* send((doc, TableName) =>
      doc.send(new GetCommand({ TableName, Key: idempotencyKey(claim), ConsistentRead: true })),
    ).pipe(Effect.catchTag("DynamoError", Effect.die))
    const item = out.Item
    if (item === undefined || item.entityType !== IDEMPOTENCY_ENTITY_TYPE) return undefined
    if (typeof item.expiresAt === "number" && item.expiresAt * 1000 < clock.now()) return undefined
    return item as { fingerprint: string; response: IdempotentResponse }
  })

const replay = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  claim: IdempotencyClaim,
  found: { fingerprint: string; response: IdempotentResponse },
): Effect.Effect<Stored<S["Type"]>, Conflict> =>
  found.fingerprint !== claim.fingerprint || found.response.entityType !== entity.type
    ? Effect.fail(
        new Conflict({
          detail: "This Idempotency-Key was already used for a different request",
          reason: "idempotency-key-reused",
        }),
      )
    : Effect.sync(() => entity.fromItem({ ...found.response }))

/**
 * Creates an entity (and any `extra` changes) in one audited transaction. With an idempotency claim, the key is
 * recorded in the SAME transaction: concurrent or repeated identical requests create exactly one entity and all get
 * its stored representation back; the same key with a different request → 409.
 */
export const createEntity = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  value: S["Type"],
  actor: Actor,
  options: { readonly idempotency?: IdempotencyClaim | undefined; readonly extra?: ReadonlyArray<Change> } = {},
): Effect.Effect<Stored<S["Type"]>, Conflict | Unavailable, Dynamo | Clock> =>
  Effect.gen(function* () {
    const changes = [create(entity, value), ...(options.extra ?? [])]
    const claim = options.idempotency
    if (claim === undefined) {
      yield* commit(changes, actor)
      return { value, version: 1 }
    }
    const response: IdempotentResponse = {
      entityType: entity.type,
      entityId: entity.config.id(value),
      schemaVersion: entity.config.schemaVersion,
      version: 1,
      data: entity.encode(value),
    }
    for (let attempt = 0; attempt < 12; attempt++) {
      const found = yield* readIdempotency(claim)
      if (found !== undefined) return yield* replay(entity, claim, found)
      const outcome = yield* transact(changes, actor, { claim, response }).pipe(
        Effect.map(() => "created" as const),
        Effect.catchTag("Cancelled", (c) =>
          c.kind === "idempotency" || c.kind === "contention"
            ? Effect.succeed("retry" as const)
            : Effect.fail(conflictOf(c.kind, entity.type)),
        ),
      )
      if (outcome === "created") return { value, version: 1 }
      yield* Effect.sleep(`${10 + attempt * 15} millis`)
    }
    return yield* new Unavailable({
      detail: "Too many concurrent requests with this Idempotency-Key",
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    })
  })

/**
 * Updates an entity under optimistic concurrency: `expectedVersion` must be the stored version (else 409 with the
 * current version). `change` gets the current value — authorize on it there (object-level check) — and returns the
 * next value.
 */
export const updateEntity = <S extends Schema.Top, P extends string, E, R>(
  entity: Entity<S, P>,
  key: KeyValues<S["Type"]>,
  expectedVersion: number,
  change: (current: S["Type"]) => Effect.Effect<S["Type"], E, R>,
  actor: Actor,
): Effect.Effect<Stored<S["Type"]>, E | NotFound | Conflict | Unavailable, R | Dynamo | Clock> =>
  Effect.gen(function* () {
    const staleAt = (version: number) =>
      new Conflict({
        detail: `This ${entity.type} was changed by someone else; reload it`,
        reason: "stale-version",
        currentVersion: version,
      })
    const current = yield* get(entity, key)
    // `change` authorizes first: a caller who may not touch the entity must not learn its version from a 409.
    const next = yield* change(current.value)
    if (current.version !== expectedVersion) return yield* staleAt(current.version)
    for (let attempt = 0; attempt < 5; attempt++) {
      const outcome = yield* transact([update(entity, current, next)], actor).pipe(
        Effect.map(() => "written" as const),
        Effect.catchTag("Cancelled", (c) => Effect.succeed(c.kind)),
      )
      if (outcome === "written") return { value: next, version: current.version + 1 }
      const now = yield* get(entity, key)
      // Both sides of a TransactionConflict may be cancelled: retry only while nobody else has written.
      if (outcome !== "contention" || now.version !== current.version) return yield* staleAt(now.version)
      yield* Effect.sleep(`${10 + attempt * 20} millis`)
    }
    return yield* new Unavailable({
      detail: "Too much contention on this item",
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    })
  })

/**
 * The stored response of an earlier request with this idempotency claim, if any (409 if the key was used for another
 * request). Handlers whose preconditions change once the request succeeded (a correction voids the line it corrects)
 * call it first, so a retry gets the original 201 instead of a 409.
 */
export const findReplay = <S extends Schema.Top, P extends string>(
  entity: Entity<S, P>,
  claim: IdempotencyClaim | undefined,
): Effect.Effect<Stored<S["Type"]> | undefined, Conflict | Unavailable, Dynamo | Clock> =>
  claim === undefined
    ? Effect.succeed(undefined)
    : Effect.flatMap(readIdempotency(claim), (found) =>
        found === undefined ? Effect.succeed(undefined) : replay(entity, claim, found),
      )
