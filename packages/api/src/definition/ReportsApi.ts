/** Reports: the help report (báo cáo kết quả giúp đỡ xã) and the NTM status report as JSON / CSV / XLSX, their publication, and the public routes. */
import { UnitCode } from "@ntm/core"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { Conflict, Forbidden, NotFound } from "../http/problems.ts"
import { PublishedReportRecord } from "../records/PublishedReport.ts"
import { errors } from "./errors.ts"

const Year = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{4}$/u)))

/**
 * `?by=&format=&lang=`: the breakdown (or the quantity list, valuation method or reconciliation sheet), the file
 * format and the language of labels (default vi).
 */
export const ReportQuery = {
  by: Schema.Literals(["provider", "commune", "district", "unit2025", "items", "method", "reconciliation"]),
  format: Schema.optionalKey(Schema.Literals(["json", "csv", "xlsx"])),
  lang: Schema.optionalKey(Schema.Literals(["vi", "en"])),
}

/** The sheets of the NTM status report (core's `StatusReport.statusReport`), by id. */
export const StatusSheet = Schema.Literals([
  "summary",
  "tiers",
  "bands",
  "attainment",
  "by-unit",
  "regressions",
  "targets",
  "indeterminate",
])
export type StatusSheet = typeof StatusSheet.Type

/**
 * `?sheet=&format=&lang=` of the status report: JSON and XLSX carry every sheet, or the summary and `sheet` when
 * given; CSV carries `sheet` (default `summary`). Labels in `lang` (default vi).
 */
export const StatusQuery = {
  sheet: Schema.optionalKey(StatusSheet),
  format: Schema.optionalKey(Schema.Literals(["json", "csv", "xlsx"])),
  lang: Schema.optionalKey(Schema.Literals(["vi", "en"])),
}

/** `{province, year}`: the report to publish. */
export const Publication = Schema.Struct({ province: UnitCode.UnitCode, year: Year })

/**
 * The report body: JSON (`application/json`: title, paragraphs, the summary sheet and the chosen sheet, money as
 * decimal strings), CSV (`text/csv`, the chosen sheet) or XLSX.
 */
export const ReportBody = Schema.Unknown.annotate({
  description: "The report as JSON (title, paragraphs, sheets), or CSV / XLSX bytes when format=csv|xlsx",
})

/** A publication with its version. */
export const PublishedReportOut = Schema.Struct({ ...PublishedReportRecord.fields, version: Schema.Int })

/** Signed-in report endpoints. */
export class ReportsApi extends HttpApiGroup.make("reports")
  .add(
    HttpApiEndpoint.get("help", "/reports/help", {
      query: { province: UnitCode.UnitCode, year: Year, ...ReportQuery },
      success: ReportBody,
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.post("publishHelp", "/reports/help/publications", {
      payload: Publication,
      success: PublishedReportOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("status", "/reports/status", {
      query: { province: UnitCode.UnitCode, year: Year, ...StatusQuery },
      success: ReportBody,
      error: errors(NotFound, Forbidden),
    }).annotate(
      OpenApi.Description,
      "The NTM status report of a province and year, from the stored assessments (one status per commune and year over the programme hierarchy), targets and confirmed ledger money",
    ),
  )
  .add(
    HttpApiEndpoint.post("publishStatus", "/reports/status/publications", {
      payload: Publication,
      success: PublishedReportOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}

/** The public route: a province's help report for a year, once a province admin has published it. */
export class PublicReportsApi extends HttpApiGroup.make("publicReports")
  .add(
    HttpApiEndpoint.get("help", "/public/reports/help/:province/:year", {
      params: { province: UnitCode.UnitCode, year: Year },
      query: ReportQuery,
      success: ReportBody,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("status", "/public/reports/status/:province/:year", {
      params: { province: UnitCode.UnitCode, year: Year },
      query: StatusQuery,
      success: ReportBody,
      error: errors(NotFound, Forbidden),
    }),
  )
  .prefix("/v1") {}
