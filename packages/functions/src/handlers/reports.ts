/** Handlers of the reports: authorize → read the year's lines (a Query) → core's help report → JSON / CSV / XLSX. */
import { Api, Forbidden, NotFound } from "@ntm/api"
import { anonymous, authorize, subjectOf } from "@ntm/core/authz"
import { Context, Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { authorizeOrFail, currentActor } from "../http/requestContext.ts"
import { buildHelpReport, renderHelpReport } from "../ledger/helpReport.ts"
import { LedgerReference } from "../ledger/reference.ts"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { PublishedReportEntity, publicationId } from "../table/entities/PublishedReport.ts"
import { createEntity, get } from "../table/repository.ts"

/** The signed-in reports group. */
export const ReportsLive = HttpApiBuilder.group(Api, "reports", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo).pipe(Context.add(Clock, yield* Clock))
    return handlers
      .handle("help", ({ query }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("read", { province: query.province })
          const report = yield* buildHelpReport(yield* LedgerReference, query.province, query.year, query.by)
          return yield* renderHelpReport(report, query.by, query.format ?? "json", query.lang ?? "vi")
        }).pipe(Effect.provideContext(services)),
      )
      .handle("publishHelp", ({ payload }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("report:publish", { province: payload.province })
          const actor = yield* currentActor
          const value = {
            id: publicationId("help", payload.province, payload.year),
            kind: "help" as const,
            province: payload.province,
            year: payload.year,
            publishedAt: isoTimestamp((yield* Clock).now()),
            publishedBy: subjectOf(actor.principal),
          }
          const stored = yield* createEntity(PublishedReportEntity, value, actor)
          return { ...stored.value, version: stored.version }
        }).pipe(Effect.provideContext(services)),
      )
  }),
)

/** The public reports group: no token; only published reports. */
export const PublicReportsLive = HttpApiBuilder.group(Api, "publicReports", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo)
    return handlers.handle("help", ({ params, query }) =>
      Effect.gen(function* () {
        const published = yield* get(PublishedReportEntity, {
          id: publicationId("help", params.province, params.year),
        }).pipe(
          Effect.as(true),
          Effect.catchTag("NotFound", () => Effect.succeed(false)),
        )
        const d = authorize(anonymous, "report:read-published", { province: params.province }, { published })
        if (d._tag === "Deny") {
          return yield* published
            ? new Forbidden({ detail: d.reason })
            : new NotFound({ detail: `No published help report of ${params.province} for ${params.year}` })
        }
        const report = yield* buildHelpReport(yield* LedgerReference, params.province, params.year, query.by)
        return yield* renderHelpReport(report, query.by, query.format ?? "json", query.lang ?? "vi")
      }).pipe(Effect.provideContext(services)),
    )
  }),
)
