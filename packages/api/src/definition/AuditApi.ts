/** The audit trail of any entity. */
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { Forbidden, NotFound } from "../http/problems.ts"
import { AuditRecord } from "../records/Audit.ts"
import { errors } from "./errors.ts"
import { PageOf, PageQuery } from "./paging.ts"

const Segment = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))

/** `GET /v1/audit/{entityType}/{id}`: an entity's changes, oldest first; readable by whoever may read the entity. */
export class AuditApi extends HttpApiGroup.make("audit")
  .add(
    HttpApiEndpoint.get("trail", "/audit/:entityType/:id", {
      params: { entityType: Segment, id: Segment },
      query: PageQuery,
      success: PageOf(AuditRecord),
      error: errors(NotFound, Forbidden),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
