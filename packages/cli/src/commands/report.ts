/** `ntm report help|status`: a year's report from a ledger or evaluations file, or the ILLUSTRATIVE demo data. */
import { Contributions, Criteria, Integration, IsoDate, Problem, UnitCode, Units } from "@ntm/core"
import {
  DEMO_NOTICE,
  evaluateLaoCaiDemo,
  LaoCaiPlans,
  laoCai2022Contributions,
  laoCai2022PriceList,
  laoCaiTargets,
} from "@ntm/core/demo"
import { Csv, HelpReport, Json, StatusReport, type Table } from "@ntm/core/reports"
import { toXlsx } from "@ntm/functions/exports"
import { Schema } from "effect"
import { CliError, type Io, readJson, writeOut } from "../Io.ts"
import type { Lang } from "../Lang.ts"
import { readLedger } from "../ledger.ts"
import { reportText } from "../reports/textTable.ts"

/** Options of `report`. */
export interface ReportOptions {
  readonly year: number
  /** `text` (default), `json`, `csv` or `xlsx`: `ntm export` is this option. */
  readonly format: string
  readonly lang: Lang
  readonly demo: boolean
  /** Help report: the sheet to show — provider, commune, district, or unit2025 (communes re-based onto 2025 units). */
  readonly by?: string
  /** Any sheet by its id (e.g. `items`, `method`, `tiers`, `by-unit`). */
  readonly sheet?: string
  readonly out?: string
  /** Help report: a ledger file (`contributions import --out`). */
  readonly ledger?: string
  /** Help report: price list files that valued the ledger's lines, named in the method statement. */
  readonly priceLists?: ReadonlyArray<string>
  /** Status report: a file of evaluations (`evaluate --json` outputs, as a JSON array). */
  readonly evaluations?: string
  /** Status report: the unit whose communes are counted; default the old Lào Cai province (10). */
  readonly root?: string
}

/** The notice printed above any report built on the demo data. */
const demoLedgerNotice = {
  vi: "MINH HỌA: sổ đóng góp demo Lào Cai 2022 — tổng khớp bài báo nguồn; cách chia theo dòng, ngày, đơn giá là minh họa.",
  en: "ILLUSTRATIVE: the Lào Cai 2022 demo ledger — totals match the source article; the split into lines, dates and unit values are illustrative.",
}

const bySheet: Readonly<Record<string, string>> = {
  provider: "by-provider",
  commune: "by-commune",
  district: "by-district",
  unit2025: "rebased",
}

const REORGANISATION = Schema.decodeUnknownSync(IsoDate.IsoDate)("2025-07-01")

const loadPriceLists = async (io: Io, files: ReadonlyArray<string>) => {
  const out: Array<Contributions.PriceList.PriceList> = []
  for (const f of files) {
    const r = Problem.decodeAll(Contributions.PriceList.PriceList)(await readJson(io, f))
    if (!r.ok)
      throw new CliError(`${f}: not a price list: ${r.problems.map((p) => Problem.formatProblem(p)).join("; ")}`)
    out.push(r.value)
  }
  return out
}

const helpReport = async (io: Io, o: ReportOptions): Promise<Table.Report> => {
  const lines = o.ledger !== undefined ? await readLedger(io, o.ledger) : o.demo ? laoCai2022Contributions : undefined
  if (lines === undefined) throw new CliError("give --ledger <file.json> or --demo", 2)
  return HelpReport.helpReport({
    year: o.year,
    lines,
    catalogue: Contributions.Catalogue.standardCatalogue,
    priceLists: o.demo && o.ledger === undefined ? [laoCai2022PriceList] : await loadPriceLists(io, o.priceLists ?? []),
    registry: Units.laoCaiRegistry,
    rebaseTo: REORGANISATION,
    // The demo reproduces the article's wording ("hơn 2.000 ngày công", "hơn 700 lượt người"); files are exact.
    ...(o.ledger === undefined ? { roundDown: { "ngay-cong": 1000, "luot-kham": 100 } } : {}),
  })
}

const readEvaluations = async (io: Io, file: string): Promise<Array<Criteria.Evaluation>> => {
  const json = await readJson(io, file)
  const items = (Array.isArray(json) ? json : [json]).map((x) =>
    typeof x === "object" && x !== null && "evaluation" in x ? (x as { evaluation: unknown }).evaluation : x,
  )
  const exit = Schema.decodeUnknownExit(Schema.Array(Criteria.Evaluation))(items)
  if (exit._tag === "Failure") throw new CliError(`${file}: not a list of evaluations (ntm evaluate --json)`)
  return [...exit.value]
}

const statusReport = async (io: Io, o: ReportOptions): Promise<Table.Report> => {
  const root = UnitCode.unitCode(o.root ?? "10")
  const unitName = (code: UnitCode.UnitCode, date: IsoDate.IsoDate) =>
    Units.unitAt(Units.laoCaiRegistry, code, date)?.name
  const hierarchy = Integration.programmeHierarchy(Units.laoCaiRegistry)
  if (o.evaluations !== undefined) {
    const evaluations = await readEvaluations(io, o.evaluations)
    return StatusReport.statusReport({
      year: o.year,
      root,
      inputs: {
        hierarchy,
        statuses: evaluations.map((ev) => Integration.communeStatus(ev)),
        villages: [],
        money: Integration.mobilisedMoney([]),
        statusPolicy: "same-year",
      },
      evaluations: evaluations.filter((e) => e.year === o.year),
      unitName,
    })
  }
  if (!o.demo) throw new CliError("give --evaluations <file.json> or --demo", 2)
  const { assessments, statuses } = evaluateLaoCaiDemo()
  return StatusReport.statusReport({
    year: o.year,
    root,
    inputs: {
      hierarchy,
      statuses,
      villages: LaoCaiPlans.demoVillages,
      money: Integration.mobilisedMoney(laoCai2022Contributions),
      statusPolicy: "same-year",
    },
    targets: laoCaiTargets,
    evaluations: assessments
      .filter((a) => a.input.year === o.year)
      .flatMap((a) => (a.evaluations.ntm === undefined ? [] : [a.evaluations.ntm])),
    unitName,
  })
}

const chosenSheets = (report: Table.Report, o: ReportOptions, all: boolean): ReadonlyArray<Table.Sheet> => {
  const id = o.sheet ?? (o.by === undefined ? undefined : bySheet[o.by])
  if (id === undefined) return all ? report.sheets : report.sheets.slice(0, 1)
  const s = report.sheets.find((x) => x.id === id)
  if (s === undefined)
    throw new CliError(`no sheet "${id}" in this report; sheets: ${report.sheets.map((x) => x.id).join(", ")}`, 2)
  return [s]
}

/**
 * Builds the help or status report of a year and writes it as text (title, paragraph and the chosen sheet),
 * JSON (the whole report), CSV (one sheet) or XLSX (every sheet). Reports built on the demo data carry the
 * ILLUSTRATIVE notice (text, JSON) or say so in the file name's companion message.
 *
 * @example
 * await reportCommand(io, "help", { year: 2022, format: "text", lang: "vi", demo: true })
 * // … "16.493,82 triệu đồng, trong đó 643,73 triệu đồng tiền mặt" …
 */
export const reportCommand = async (io: Io, kind: "help" | "status", o: ReportOptions): Promise<number> => {
  if (kind === "status" && o.by !== undefined) throw new CliError("--by is for the help report; use --sheet", 2)
  const report = kind === "help" ? await helpReport(io, o) : await statusReport(io, o)
  const notice = o.demo ? (kind === "help" ? demoLedgerNotice : DEMO_NOTICE) : undefined
  const emit = async (data: string | Uint8Array) => {
    if (o.out === undefined) io.out(typeof data === "string" ? data : new TextDecoder().decode(data))
    else await writeOut(io, o.out, data)
  }
  switch (o.format) {
    case "text":
      await emit(
        `${notice === undefined ? "" : `> ${notice[o.lang]}\n\n`}${reportText(report, chosenSheets(report, o, false), o.lang)}`,
      )
      break
    case "json":
      await emit(
        `${JSON.stringify({ ...(notice === undefined ? {} : { notice }), ...Json.toJson(report) }, null, 2)}\n`,
      )
      break
    case "csv": {
      const [sheet] = chosenSheets(report, o, false)
      if (sheet === undefined) throw new CliError("the report has no sheet", 1)
      await emit(
        o.out === undefined ? Csv.csvText(sheet, { language: o.lang }) : Csv.toCsv(sheet, { language: o.lang }),
      )
      break
    }
    case "xlsx":
      if (o.out === undefined) throw new CliError("--format xlsx needs --out <file.xlsx>", 2)
      // A workbook has no paragraphs: the demo notice goes under every sheet, so no sheet loses the label.
      await emit(
        await toXlsx(
          notice === undefined
            ? report
            : { ...report, sheets: report.sheets.map((s) => ({ ...s, notes: [notice, ...s.notes] })) },
          { language: o.lang },
        ),
      )
      break
    default:
      throw new CliError(`--format must be text, json, csv or xlsx`, 2)
  }
  if (o.out !== undefined)
    io.err(`${o.lang === "vi" ? "Đã ghi" : "Wrote"} ${o.out}${notice === undefined ? "" : ` — ${notice[o.lang]}`}\n`)
  return 0
}
