/** `ntm contributions import`: CSV/XLSX rows → validated ledger lines; all or nothing unless `--skip-invalid`. */
import { createHash } from "node:crypto"
import { basename, extname } from "node:path"
import { Contributions, Money, Problem, Units } from "@ntm/core"
import { demoZoneOf, laoCai2022PriceList } from "@ntm/core/demo"
import { checkRows } from "../contributions/checkRows.ts"
import { type ApiTarget, postableStatus, postLines } from "../contributions/postLines.ts"
import { CliError, type Io, readBytes, readJson, writeOut } from "../Io.ts"
import { type Lang, t } from "../Lang.ts"
import { ledgerJson } from "../ledger.ts"
import { startProgress } from "../progress.ts"
import { cellProblemLine } from "../table/CellProblem.ts"
import { readTable } from "../table/readTable.ts"

/** Options of `contributions import`. */
export interface ImportOptions {
  readonly lang: Lang
  readonly priceList?: string
  /** Percent from the price-list value beyond which a value is flagged (the province's policy; no default). */
  readonly tolerance?: number
  readonly skipInvalid: boolean
  readonly out?: string
  readonly api?: ApiTarget
}

const loadPriceList = async (io: Io, file: string): Promise<Contributions.PriceList.PriceList> => {
  const r = Problem.decodeAll(Contributions.PriceList.PriceList)(await readJson(io, file))
  if (!r.ok) throw new CliError(`${file}: ${r.problems.map((p) => Problem.formatProblem(p)).join("; ")}`)
  const problems = Contributions.PriceList.checkPriceList(r.value)
  if (Problem.hasErrors(problems))
    throw new CliError(`${file}: ${problems.map((p) => Problem.formatProblem(p)).join("; ")}`)
  return r.value
}

/**
 * Imports contribution rows: reads the file, checks every row with core (errors by row and column), and — only when
 * every row is valid, or with `skipInvalid` the valid ones — writes the ledger JSON (`out`) and/or posts each line
 * to the API with an idempotency key from the file's hash and the row. Without `out` or `api` it only checks.
 * Returns the exit code: 1 when rows are invalid (and not skipped) or a post failed.
 *
 * @example
 * await contributionsImport(io, "help-2022.xlsx", { lang: "vi", skipInvalid: false, out: "ledger.json" })
 */
export const contributionsImport = async (io: Io, file: string, o: ImportOptions): Promise<number> => {
  const { lang } = o
  const bytes = await readBytes(io, file)
  const sha256 = createHash("sha256").update(bytes).digest("hex")
  const data = await readTable(file, bytes)
  const priceList = o.priceList === undefined ? undefined : await loadPriceList(io, o.priceList)
  const stem = basename(file, extname(file))
  const progress = startProgress(io, t(lang, "Kiểm tra", "Checking"), data.rows.length)
  const result = checkRows(
    data,
    {
      catalogue: Contributions.Catalogue.standardCatalogue,
      units: { existsAt: (code, date) => Units.exists(Units.laoCaiRegistry, code, date) },
      rounding: "half-up",
      ...(priceList === undefined ? {} : { priceList }),
      ...(o.tolerance === undefined ? {} : { tolerancePercent: o.tolerance }),
      // The demo price list is zoned by the demo's (illustrative) price zones; other lists are zone-free here.
      ...(priceList?.id === laoCai2022PriceList.id ? { zoneOf: demoZoneOf } : {}),
      idFor: (row) => `${stem}-${sha256.slice(0, 8)}-r${row}`,
    },
    progress.tick,
  )
  progress.stop()
  for (const p of result.file) io.out(`${cellProblemLine(p, lang)}\n`)
  if (result.file.some((p) => p.severity === "error")) {
    io.out(t(lang, "\nKhông nhập gì: tệp thiếu cột bắt buộc.\n", "\nNothing imported: required columns are missing.\n"))
    return 1
  }
  for (const r of result.invalid) for (const p of r.problems) io.out(`${cellProblemLine(p, lang)}\n`)
  for (const r of result.valid) for (const p of r.warnings) io.out(`${cellProblemLine(p, lang)}\n`)
  const total = data.rows.length
  const bad = result.invalid.length
  if (bad > 0 && !o.skipInvalid) {
    io.out(
      t(
        lang,
        `\n${bad}/${total} dòng không hợp lệ. Không nhập dòng nào (sửa lỗi, hoặc dùng --skip-invalid để chỉ nhập ${result.valid.length} dòng hợp lệ).\n`,
        `\n${bad} of ${total} rows are invalid. Nothing was imported (fix them, or pass --skip-invalid to import the ${result.valid.length} valid rows only).\n`,
      ),
    )
    return 1
  }
  if (bad > 0)
    io.out(
      t(
        lang,
        `\nBỏ qua ${bad} dòng không hợp lệ (dòng ${result.invalid.map((r) => r.row).join(", ")}).\n`,
        `\nSkipped ${bad} invalid row(s) (rows ${result.invalid.map((r) => r.row).join(", ")}).\n`,
      ),
    )
  const lines = result.valid.map((r) => r.line)
  const value = Money.Vnd.sum(lines.map((l) => l.value ?? Money.Vnd.zero))
  const money = (language: Lang) => Money.VndFormat.format(value, { language })
  io.out(
    t(
      lang,
      `${lines.length}/${total} dòng hợp lệ; tổng giá trị ${money("vi")} (mọi trạng thái).\n`,
      `${lines.length} of ${total} rows valid; total value ${money("en")} (all statuses).\n`,
    ),
  )
  if (o.out !== undefined) {
    await writeOut(io, o.out, `${JSON.stringify(ledgerJson(lines, { file: basename(file), sha256 }), null, 2)}\n`)
    io.out(t(lang, `Đã ghi ${lines.length} dòng vào ${o.out}.\n`, `Wrote ${lines.length} line(s) to ${o.out}.\n`))
  }
  if (o.api !== undefined) {
    // The API records lines pledged or delivered; rejected and voided rows are refused like invalid rows.
    const unpostable = result.valid.filter((r) => postableStatus(r.line) === undefined)
    for (const r of unpostable)
      io.out(
        t(
          lang,
          `dòng ${r.row}: không gửi được dòng "${r.line.status}" qua API (chỉ cam kết/đã trao; xã từ chối, văn phòng hủy trong ứng dụng)\n`,
          `row ${r.row}: a "${r.line.status}" line cannot be posted to the API (only pledged/delivered; the commune rejects, an office voids, in the app)\n`,
        ),
      )
    if (unpostable.length > 0 && !o.skipInvalid) {
      io.out(t(lang, "Không gửi dòng nào tới API.\n", "Nothing was posted to the API.\n"))
      return 1
    }
    const postable = result.valid.filter((r) => postableStatus(r.line) !== undefined)
    const confirmed = postable.filter((r) => r.line.status === "confirmed").map((r) => r.row)
    if (confirmed.length > 0)
      io.out(
        t(
          lang,
          `Dòng ${confirmed.join(", ")} được gửi là "đã trao": chỉ xã nhận xác nhận, trong ứng dụng.\n`,
          `Row(s) ${confirmed.join(", ")} are posted as delivered: only the receiving commune confirms, in the app.\n`,
        ),
      )
    const posting = startProgress(io, t(lang, "Gửi", "Posting"), postable.length)
    const posted = await postLines(io, o.api, postable, sha256, posting.tick)
    posting.stop()
    const failed = posted.filter((p) => p.status !== 201)
    for (const p of failed)
      io.out(
        t(lang, `dòng ${p.row}: HTTP ${p.status} — ${p.detail}\n`, `row ${p.row}: HTTP ${p.status} — ${p.detail}\n`),
      )
    io.out(
      t(
        lang,
        `Đã gửi ${posted.length - failed.length}/${posted.length} dòng tới ${o.api.url}.\n`,
        `Posted ${posted.length - failed.length} of ${posted.length} line(s) to ${o.api.url}.\n`,
      ),
    )
    if (failed.length > 0) return 1
  }
  if (o.out === undefined && o.api === undefined)
    io.out(
      t(
        lang,
        "Chỉ kiểm tra: dùng --out <tệp.json> hoặc --api <url> để nhập.\n",
        "Checked only: pass --out <file.json> or --api <url> to import.\n",
      ),
    )
  return 0
}
