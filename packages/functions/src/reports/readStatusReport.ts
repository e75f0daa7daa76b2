/** Reading what the NTM status report is built from: the province's assessments (S2), targets (T1) and confirmed lines (C7). */

import { NotFound, type StatusSheet, type Unavailable } from "@ntm/api"
import type { LocalizedText } from "@ntm/core"
import { DEMO_NOTICE } from "@ntm/core/demo"
import { Effect } from "effect"
import { officialLines } from "../ledger/mobilised.ts"
import { RegistryCompleteFrom, UnitRegistries } from "../reference/units.ts"
import type { Dynamo } from "../table/Dynamo.ts"
import { AssessmentEntity } from "../table/entities/Assessment.ts"
import { TargetEntity } from "../table/entities/Plan.ts"
import { listAll } from "../table/repository.ts"
import { type ReportFormat, renderReport } from "./render.ts"
import { statusLedgerYears, statusReportOf } from "./statusReport.ts"

/** How the status report is asked for (`?sheet=&format=&lang=`). */
export interface StatusRequest {
  readonly sheet?: StatusSheet | undefined
  readonly format?: ReportFormat | undefined
  readonly lang?: LocalizedText.Language | undefined
}

/**
 * The NTM status report of `province` for `year` as a response: reads every assessment of the province (S2, all
 * pages, newest first), its targets (T1) and — only for money targets — the confirmed lines of the years they sum
 * (C7); then `statusReportOf` and `renderReport`. No unit registry for the province, or one holding only some of its
 * communes on 31 December of the year (`RegistryCompleteFrom`) → 404 (its communes are unknown).
 * A JSON report resting on the demo fill-in carries `notice` beside the report.
 */
export const statusReportResponse = (province: string, year: string, request: StatusRequest) =>
  Effect.gen(function* () {
    const registry = (yield* UnitRegistries).get(province)
    if (registry === undefined) {
      return yield* new NotFound({ detail: `No unit registry for province ${province}: its communes are unknown` })
    }
    const completeFrom = (yield* RegistryCompleteFrom).get(province)
    if (completeFrom !== undefined && `${year}-12-31` < completeFrom) {
      return yield* new NotFound({
        detail: `The unit registry holds every commune of province ${province} only from ${completeFrom}: a report of ${year} would leave communes out`,
      })
    }
    const y = Number(year)
    const assessments = yield* listAll(AssessmentEntity, "byProvince", { province }, "desc")
    const targets = yield* listAll(TargetEntity, "byProvince", { province })
    const years = statusLedgerYears(targets, y)
    const lines = years === undefined ? [] : yield* officialLines(province, years.first, years.last)
    const { report, demo } = statusReportOf({ province, year: y, registry, assessments, targets, lines })
    const sheet = request.sheet
    return yield* renderReport(
      report,
      {
        ...(sheet === undefined ? {} : { sheets: ["summary", sheet] }),
        csvSheet: sheet ?? "summary",
        name: `${report.id}-${province}${sheet === undefined ? "" : `-${sheet}`}`,
      },
      request.format ?? "json",
      request.lang ?? "vi",
      demo ? { notice: DEMO_NOTICE } : {},
    )
  }) satisfies Effect.Effect<unknown, NotFound | Unavailable, Dynamo>
