/** Audit records (nhật ký thay đổi) in the table: their keys and items (the record's Schema is `AuditRecord` of @ntm/api). */

import { AuditRecord } from "@ntm/api"
import type { Principal } from "@ntm/core/authz"
import { subjectOf } from "@ntm/core/authz"
import { Schema } from "effect"
import { encodeKeyValue } from "./entity.ts"

/** Who made a change and in which request. */
export interface Actor {
  readonly principal: Principal
  readonly requestId: string
}

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
