/** The help report over stored lines: read one year's partition, build core's report, render it as JSON, CSV or XLSX. */
import type { InvalidRequest, Unavailable } from "@ntm/api"
import { IsoDate, type LocalizedText } from "@ntm/core"
import { HelpReport, type Table } from "@ntm/core/reports"
import { Effect } from "effect"
import type { HttpServerResponse } from "effect/http"
import { type ReportFormat, renderReport } from "../reports/render.ts"
import type { Dynamo } from "../table/Dynamo.ts"
import { ContributionEntity } from "../table/entities/Contribution.ts"
import { PriceListEntity } from "../table/entities/PriceList.ts"
import { allContributions } from "../table/ledgerQueries.ts"
import { listAll } from "../table/repository.ts"
import type { LedgerReferenceShape } from "./reference.ts"

/**
 * How the report is broken down: by provider, commune, district (as of the year) or the communes after 2025-07-01;
 * or which further sheet is shown: the quantity list, the valuation method or the reconciliation.
 */
export type HelpBy = "provider" | "commune" | "district" | "unit2025" | "items" | "method" | "reconciliation"

/** The sheet of core's help report each breakdown shows. */
export const sheetOf: Readonly<Record<HelpBy, string>> = {
  provider: "by-provider",
  commune: "by-commune",
  district: "by-district",
  unit2025: "rebased",
  items: "items",
  method: "method",
  reconciliation: "reconciliation",
}

/** The date of the 2025 reorganisation the `unit2025` breakdown re-bases onto (lao-cai-units.md). */
const REORGANISED = IsoDate.isoDate("2025-07-01")

/**
 * Core's help report for a province and year, from the year's partition (C7, a Query) and the province's price lists.
 */
export const buildHelpReport = (
  ref: LedgerReferenceShape,
  province: string,
  year: string,
  by: HelpBy,
): Effect.Effect<Table.Report, InvalidRequest | Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const lines = (yield* allContributions(ContributionEntity.query("byYear", { province, year }))).filter(
      (l) => l.province === province,
    )
    const priceLists = yield* listAll(PriceListEntity, "byProvince", { province })
    return HelpReport.helpReport({
      year: Number(year),
      lines,
      catalogue: ref.catalogue,
      priceLists,
      registry: ref.registry,
      ...(by === "unit2025" ? { rebaseTo: REORGANISED } : {}),
    })
  })

/**
 * The report as a response: JSON (summary and the chosen sheet), CSV (the chosen sheet; UTF-8 with BOM) or XLSX
 * (summary and the chosen sheet); see `renderReport`.
 */
export const renderHelpReport = (
  report: Table.Report,
  by: HelpBy,
  format: ReportFormat,
  language: LocalizedText.Language,
): Effect.Effect<HttpServerResponse.HttpServerResponse> =>
  renderReport(
    report,
    { sheets: ["summary", sheetOf[by]], csvSheet: sheetOf[by], name: `${report.id}-${by}` },
    format,
    language,
  )
