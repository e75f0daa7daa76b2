/** Audit records (nhật ký thay đổi) as stored and returned: who changed which entity, when, and its state before and after. */
import { Schema } from "effect"

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
