/** A publication (công bố) of a report: the record that makes a province's report for a year readable by the public. */
import { Schema } from "effect"

/** The reports a province publishes: the help report (báo cáo kết quả giúp đỡ) and the NTM status report. */
export const ReportKind = Schema.Literals(["help", "status"])
export type ReportKind = typeof ReportKind.Type

/**
 * A published report: a province admin (`report:publish`) declared the province's help report or NTM status report
 * for `year` public. The public route then serves the report computed at request time (from the ledger — official
 * figures count only lines the communes confirmed — or from the stored assessments). Its id is
 * `<kind>-<province>-<year>`: one publication per report, province and year.
 */
export const PublishedReportRecord = Schema.Struct({
  id: Schema.String,
  kind: ReportKind,
  province: Schema.String,
  year: Schema.String,
  publishedAt: Schema.String,
  publishedBy: Schema.String,
})
export type PublishedReportRecord = typeof PublishedReportRecord.Type
