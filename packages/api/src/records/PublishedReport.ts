/** A publication (công bố) of a report: the record that makes a province's report for a year readable by the public. */
import { Schema } from "effect"

/**
 * A published report: a province admin (`report:publish`) declared the province's help report for `year` public.
 * The public route then serves the report computed from the ledger at request time (official figures count only
 * lines the communes confirmed). Its id is `<kind>-<province>-<year>`: one publication per report, province and year.
 */
export const PublishedReportRecord = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literals(["help"]),
  province: Schema.String,
  year: Schema.String,
  publishedAt: Schema.String,
  publishedBy: Schema.String,
})
export type PublishedReportRecord = typeof PublishedReportRecord.Type
