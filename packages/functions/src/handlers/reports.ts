/** Handlers of the reports: authorize → read the year's lines or assessments (Queries) → core's report → JSON / CSV / XLSX. */
import { Api, Forbidden, NotFound, type ReportKind } from "@ntm/api"
import { anonymous, authorize, subjectOf } from "@ntm/core/authz"
import { Context, Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { authorizeOrFail, currentActor } from "../http/requestContext.ts"
import { buildHelpReport, renderHelpReport } from "../ledger/helpReport.ts"
import { LedgerReference } from "../ledger/reference.ts"
import { statusReportResponse } from "../reports/readStatusReport.ts"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { PublishedReportEntity, publicationId } from "../table/entities/PublishedReport.ts"
import { createEntity, get } from "../table/repository.ts"

/** Publishes a province's report of a year (`report:publish`): one publication per kind, province and year (409 after). */
const publish = (kind: ReportKind, payload: { readonly province: string; readonly year: string }) =>
  Effect.gen(function* () {
    yield* authorizeOrFail("report:publish", { province: payload.province })
    const actor = yield* currentActor
    const value = {
      id: publicationId(kind, payload.province, payload.year),
      kind,
      province: payload.province,
      year: payload.year,
      publishedAt: isoTimestamp((yield* Clock).now()),
      publishedBy: subjectOf(actor.principal),
    }
    const stored = yield* createEntity(PublishedReportEntity, value, actor)
    return { ...stored.value, version: stored.version }
  })

/**
 * Answers the public: the policy's `report:read-published` with `published` = a publication record exists (R1);
 * 404 until then.
 */
const whenPublished = (kind: ReportKind, province: string, year: string) =>
  Effect.gen(function* () {
    const published = yield* get(PublishedReportEntity, { id: publicationId(kind, province, year) }).pipe(
      Effect.as(true),
      Effect.catchTag("NotFound", () => Effect.succeed(false)),
    )
    const d = authorize(anonymous, "report:read-published", { province }, { published })
    if (d._tag === "Deny") {
      return yield* published
        ? new Forbidden({ detail: d.reason })
        : new NotFound({ detail: `No published ${kind} report of ${province} for ${year}` })
    }
  })

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
      .handle("publishHelp", ({ payload }) => publish("help", payload).pipe(Effect.provideContext(services)))
      .handle("status", ({ query }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("read", { province: query.province })
          return yield* statusReportResponse(query.province, query.year, query)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("publishStatus", ({ payload }) => publish("status", payload).pipe(Effect.provideContext(services)))
  }),
)

/** The public reports group: no token; only published reports. */
export const PublicReportsLive = HttpApiBuilder.group(Api, "publicReports", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo)
    return handlers
      .handle("help", ({ params, query }) =>
        Effect.gen(function* () {
          yield* whenPublished("help", params.province, params.year)
          const report = yield* buildHelpReport(yield* LedgerReference, params.province, params.year, query.by)
          return yield* renderHelpReport(report, query.by, query.format ?? "json", query.lang ?? "vi")
        }).pipe(Effect.provideContext(services)),
      )
      .handle("status", ({ params, query }) =>
        Effect.gen(function* () {
          yield* whenPublished("status", params.province, params.year)
          return yield* statusReportResponse(params.province, params.year, query)
        }).pipe(Effect.provideContext(services)),
      )
  }),
)
