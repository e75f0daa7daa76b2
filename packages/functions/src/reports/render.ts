/** A report as an HTTP response: JSON (chosen sheets), CSV (one sheet, UTF-8 with BOM) or XLSX (chosen sheets). */
import type { LocalizedText } from "@ntm/core"
import { Csv, Json, type Table } from "@ntm/core/reports"
import { Effect } from "effect"
import { HttpServerResponse } from "effect/http"

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/** The file formats a report is served in. */
export type ReportFormat = "json" | "csv" | "xlsx"

/** Which sheets a response carries: `sheets` in JSON and XLSX (all when absent), `csvSheet` in CSV. */
export interface SheetChoice {
  readonly sheets?: ReadonlyArray<string>
  readonly csvSheet: string
  /** The file name without extension (`content-disposition`). */
  readonly name: string
}

/**
 * The report as a response: JSON (`Json.toJson` of the chosen sheets; `extra` fields beside it, e.g. a demo
 * `notice`), CSV (one sheet; UTF-8 with BOM) or XLSX (the chosen sheets). exceljs is loaded only when an XLSX is
 * asked for, to keep it off the cold start.
 *
 * @example
 * renderReport(report, { sheets: ["summary", "by-provider"], csvSheet: "by-provider", name: "help-2022" }, "csv", "vi")
 */
export const renderReport = (
  report: Table.Report,
  choice: SheetChoice,
  format: ReportFormat,
  language: LocalizedText.Language,
  extra: Readonly<Record<string, unknown>> = {},
): Effect.Effect<HttpServerResponse.HttpServerResponse> =>
  Effect.gen(function* () {
    const wanted = choice.sheets
    const chosen = wanted === undefined ? report.sheets : report.sheets.filter((s) => wanted.includes(s.id))
    const narrowed: Table.Report = { ...report, sheets: chosen }
    if (format === "json") return HttpServerResponse.jsonUnsafe({ ...Json.toJson(narrowed), ...extra })
    if (format === "csv") {
      const sheet = report.sheets.find((s) => s.id === choice.csvSheet) ?? chosen[0]
      const bytes = sheet === undefined ? new Uint8Array() : Csv.toCsv(sheet, { language })
      return HttpServerResponse.uint8Array(bytes, {
        contentType: "text/csv; charset=utf-8",
        headers: { "content-disposition": `attachment; filename="${choice.name}.csv"` },
      })
    }
    const { toXlsx } = yield* Effect.promise(() => import("../exports/xlsx.ts"))
    const bytes = yield* Effect.promise(() => toXlsx(narrowed, { language }))
    return HttpServerResponse.uint8Array(bytes, {
      contentType: XLSX,
      headers: { "content-disposition": `attachment; filename="${choice.name}.xlsx"` },
    })
  })
