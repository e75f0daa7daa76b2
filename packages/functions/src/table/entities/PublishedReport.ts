/** A publication (công bố) of a report: the record that makes a province's report for a year readable by the public. */
import { PublishedReportRecord, type ReportKind } from "@ntm/api"
import { defineEntity } from "../entity.ts"

/** The id of a publication. */
export const publicationId = (kind: ReportKind, province: string, year: string): string => `${kind}-${province}-${year}`

/** | primary | `pk = REPORT#<kind>-<province>-<year>`, `sk = REPORT` | */
export const PublishedReportEntity = defineEntity({
  type: "PublishedReport",
  schemaVersion: 1,
  schema: PublishedReportRecord,
  id: (r) => r.id,
  scope: (r) => ({ province: r.province }),
  primary: { pk: { prefix: "REPORT", composite: ["id"] }, sk: { prefix: "REPORT", composite: [] } },
})
