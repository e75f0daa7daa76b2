/** Audit records (nhật ký thay đổi): who changed which entity, when, and its state before and after. */
import type { Principal } from "@ntm/core/authz"
import { subjectOf } from "@ntm/core/authz"
import { Schema } from "effect"
import { encodeKeyValue } from "./entity.ts"

/** Who made a change and in which request. */
export interface Actor {
  readonly principal: Principal
  readonly requestId: string
}

/** The scope of the audited entity, kept on each record so reading a trail can be authorized without the entity. */
export const AuditScope = Schema.Struct({
  province: Schema.String,
  district: Schema.optionalKey(Schema.String),
  commune: Schema.optionalKey(Schema.String),
})

/** One audit record, as stored and as returned by `GET /v1/audit/{entityType}/{id}`. */
export const AuditRecord = Schema.Struct({
  entityType: Schema.String,
  entityId: Schema.String,
  /** The entity's version after the change (a delete records the version it would have had). */
  version: Schema.Number,
  operation: Schema.Literals(["create", "update", "delete"]),
  /** ISO-8601 timestamp from the Clock service. */
  at: Schema.String,
  actor: Schema.Struct({ subject: Schema.String, role: Schema.String }),
  requestId: Schema.String,
  scope: AuditScope,
  before: Schema.optionalKey(Schema.Unknown),
  after: Schema.optionalKey(Schema.Unknown),
})
export type AuditRecord = typeof AuditRecord.Type

/** Entity type stored on audit items. */
export const AUDIT_ENTITY_TYPE = "AuditRecord"

/** Partition of one entity's trail: `AUDIT#<entityType>#<id>`. */
export const auditPk = (entityType: string, entityId: string): string =>
  `AUDIT#${encodeKeyValue(entityType)}#${encodeKeyValue(entityId)}`

/** Sort key: the version, zero-padded so the trail reads in order. */
export const auditSk = (version: number): string => `V#${String(version).padStart(10, "0")}`

/** The audit item for a record (one per version, so a record is never overwritten). */
export const auditItem = (record: AuditRecord): Record<string, unknown> => ({
  pk: auditPk(record.entityType, record.entityId),
  sk: auditSk(record.version),
  entityType: AUDIT_ENTITY_TYPE,
  schemaVersion: 1,
  data: Schema.encodeSync(AuditRecord)(record),
})

/** The actor as stored on a record. */
export const actorOf = (actor: Actor) => ({ subject: subjectOf(actor.principal), role: actor.principal.role })

/** Decodes a stored audit item. */
export const auditFromItem = (item: Record<string, unknown>): AuditRecord =>
  Schema.decodeUnknownSync(AuditRecord)(item.data)
