/** `ntm contributions import`: errors by row and column, all-or-nothing, --skip-invalid, XLSX, template, API keys. */
import { existsSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { Contributions } from "@ntm/core"
import { laoCai2022PriceList } from "@ntm/core/demo"
import type { LocalServer } from "@ntm/functions/local"
import {
  demoLedgerReference,
  dynamoLayer,
  ensureTable,
  makeDevTokens,
  makeDynamoClient,
  makeWebHandler,
  serveLocal,
} from "@ntm/functions/local"
import { Schema } from "effect"
import ExcelJS from "exceljs"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { contributionsImport } from "../src/commands/contributionsImport.ts"
import { idempotencyKey } from "../src/contributions/postLines.ts"
import { templateCsv, templateXlsx } from "../src/contributions/template.ts"
import { readCsv } from "../src/table/cells.ts"
import { fixtures, recordingIo, runBin, workDir } from "./helpers.ts"

declare module "vitest" {
  export interface ProvidedContext {
    /** DynamoDB Local of the run, from the functions project's global setup (`dynamo-global-setup.ts`). */
    dynamo: { endpoint: string; tableName: string }
  }
}

const BAD = "contributions-bad.csv"

/** The messages the bad-rows fixture must produce, one per invalid row (rows as a spreadsheet numbers them). */
const expectedErrors = [
  `row 4, column 'item': no item "xi-mang-bao" in the catalogue (contribution.item.unknown)`,
  "row 5, column 'provider_name': this cell is required (import.required)",
  "row 6, column 'commune': commune 02794 did not exist on 2026-01-10 (contribution.commune.not-existing-on-date)",
  "row 7, column 'quantity': quantity -3 is negative (contribution.quantity.negative)",
  `row 8, column 'reason': "rejected" needs a reason (lifecycle.reason-required)`,
  "row 9, column 'work_kind': workdays are valued at the labour rate for the kind of work; name it (contribution.work-kind.missing)",
]

describe("contributions import (the real bin)", () => {
  it("reports every bad row by row and column, exits 1 and writes nothing", async () => {
    const dir = await workDir(BAD)
    const r = await runBin(["contributions", "import", BAD, "--out", "ledger.json", "--lang", "en"], dir)
    expect(r.code).toBe(1)
    for (const line of expectedErrors) expect(r.stdout).toContain(line)
    expect(r.stdout).toContain("6 of 8 rows are invalid. Nothing was imported")
    expect(existsSync(join(dir, "ledger.json"))).toBe(false)
  })

  it("with --skip-invalid writes the valid rows only and lists the skipped ones", async () => {
    const dir = await workDir(BAD)
    const r = await runBin(
      ["contributions", "import", BAD, "--skip-invalid", "--out", "ledger.json", "--lang", "en"],
      dir,
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Skipped 6 invalid row(s) (rows 4, 5, 6, 7, 8, 9).")
    const ledger = JSON.parse(await readFile(join(dir, "ledger.json"), "utf8"))
    expect(ledger.format).toBe("ntm-ledger/1")
    expect(ledger.lines.map((l: { item: string }) => l.item)).toEqual(["tien-mat", "xi-mang"])
    expect(ledger.lines[1].quantity).toBe("2.5")
    expect(ledger.lines[1].value).toBe("3750000")
  })

  it("prints the messages' frame in Vietnamese with --lang vi", async () => {
    const dir = await workDir(BAD)
    const r = await runBin(["contributions", "import", BAD], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("dòng 7, cột 'quantity': quantity -3 is negative (contribution.quantity.negative)")
    expect(r.stdout).toContain("Không nhập dòng nào")
  })
})

/** The bad fixture's rows as cells, to build XLSX files and random files from. */
const badRows = async () => readCsv(await readFile(join(fixtures, BAD), "utf8"))

describe("contributions import (XLSX)", () => {
  it("reads an XLSX file with the same row numbers and messages as the CSV", async () => {
    const { headers, rows } = await badRows()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet("Sheet1")
    ws.addRow([...headers])
    // Numbers and dates as spreadsheet programs store them, not as text (commune 02794 becomes the number 2794).
    for (const r of rows)
      ws.addRow(
        r.cells.map((c, i) =>
          headers[i] === "date" ? new Date(`${c}T00:00:00Z`) : /^-?\d+$/u.test(c) ? Number(c) : c,
        ),
      )
    const dir = await workDir()
    await writeFile(join(dir, "bad.xlsx"), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    const rec = recordingIo(dir)
    const code = await contributionsImport(rec.io, "bad.xlsx", { lang: "en", skipInvalid: false, out: "l.json" })
    expect(code).toBe(1)
    for (const line of expectedErrors) expect(rec.out()).toContain(line)
    expect(existsSync(join(dir, "l.json"))).toBe(false)
  })

  it("the shipped template and the generated CSV/XLSX templates import cleanly, in both languages", async () => {
    const dir = await workDir()
    await writeFile(join(dir, "t-en.csv"), await readFile(join(fixtures, "..", "..", "templates", "contributions.csv")))
    await writeFile(join(dir, "t-vi.csv"), templateCsv("vi"))
    await writeFile(join(dir, "t-vi.xlsx"), await templateXlsx("vi"))
    await writeFile(join(dir, "t-en.xlsx"), await templateXlsx("en"))
    for (const f of ["t-en.csv", "t-vi.csv", "t-vi.xlsx", "t-en.xlsx"]) {
      const rec = recordingIo(dir)
      expect(await contributionsImport(rec.io, f, { lang: "en", skipInvalid: false, out: `${f}.json` })).toBe(0)
      expect(rec.out()).toContain("2 of 2 rows valid; total value 23,750,000 VND")
    }
    expect(await readFile(join(fixtures, "..", "..", "templates", "contributions.csv"), "utf8")).toBe(templateCsv("en"))
    expect(await readFile(join(fixtures, "..", "..", "templates", "contributions.vi.csv"), "utf8")).toBe(
      templateCsv("vi"),
    )
  })
})

describe("all or nothing (property)", () => {
  it("writes a ledger iff every row is valid; with --skip-invalid, exactly the valid rows", async () => {
    const { headers, rows } = await badRows()
    const validRows = new Set([2, 3]) // rows of the fixture that are valid
    const dir = await workDir()
    const csvLine = (cells: ReadonlyArray<string>) => cells.map((c) => (/[",]/u.test(c) ? `"${c}"` : c)).join(",")
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: rows.length - 1 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (picks, skip) => {
          const picked = picks.map((i) => rows[i]!)
          const text = [csvLine(headers), ...picked.map((r) => csvLine(r.cells))].join("\n")
          // Unique ids per pick, so a repeated row is not a duplicate-id error.
          const withIds = text
            .split("\n")
            .map((l, i) => (i === 0 ? `id,${l}` : `line-${i},${l}`))
            .join("\n")
          await writeFile(join(dir, "p.csv"), withIds)
          const out = join(dir, `p-${Math.random().toString(36).slice(2)}.json`)
          const rec = recordingIo(dir)
          const code = await contributionsImport(rec.io, "p.csv", { lang: "en", skipInvalid: skip, out })
          const nValid = picked.filter((r) => validRows.has(r.row)).length
          const allValid = nValid === picked.length
          if (!skip && !allValid) {
            expect(code).toBe(1)
            expect(existsSync(out)).toBe(false)
          } else {
            expect(code).toBe(0)
            const ledger = JSON.parse(await readFile(out, "utf8"))
            expect(ledger.lines).toHaveLength(nValid)
          }
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe("posting to the API", () => {
  it("idempotency keys are a function of the file hash and the row: equal on re-runs, distinct per row", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-f]{64}$/u),
        fc.integer({ min: 2, max: 1_000_000 }),
        fc.integer({ min: 2, max: 1_000_000 }),
        (hash, a, b) => {
          expect(idempotencyKey(hash, a)).toBe(idempotencyKey(hash, a))
          expect(idempotencyKey(hash, a) === idempotencyKey(hash, b)).toBe(a === b)
          expect(idempotencyKey(hash, a).length).toBeLessThanOrEqual(200)
        },
      ),
    )
  })
})

/**
 * `--api` against the real API (`POST /v1/contributions`) on DynamoDB Local, served like `pnpm start` with dev
 * tokens, with the demo ledger reference (old Lào Cai registry and price zones). Its own table per run.
 */
describe("importing through the real API", () => {
  const { endpoint } = inject("dynamo")
  const tableName = `ntm-cli-import-${process.pid}`
  const client = makeDynamoClient({ endpoint })
  const app = makeWebHandler({
    dynamo: dynamoLayer({ endpoint, tableName }),
    ledgerReference: demoLedgerReference,
    logLevel: "None",
  })
  let server: LocalServer
  let token: string
  const previousLocal = process.env.NTM_LOCAL

  beforeAll(async () => {
    await ensureTable(client, tableName)
    process.env.NTM_LOCAL = "1"
    const devTokens = makeDevTokens()
    // A province admin of old Lào Cai (GSO 10): may record lines for its communes.
    token = devTokens.issue({ sub: "cli-admin", "cognito:groups": ["province-admin"], "custom:province": "10" })
    server = await serveLocal({ handler: app.handler, devTokens, port: 0 })
    // Province 10's list in force from 2022-01-01: the ILLUSTRATIVE demo prices (the API values lines with it).
    const list = await fetch(`${server.url}/v1/price-lists`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": "cli-2022" },
      body: JSON.stringify({
        province: "10",
        name: laoCai2022PriceList.name,
        effectiveFrom: "2022-01-01",
        rounding: "half-up",
        tolerancePercent: 20,
        entries: Schema.encodeSync(Contributions.PriceList.PriceList)(laoCai2022PriceList).entries,
      }),
    })
    expect(list.status, await list.text()).toBe(201)
  })
  afterAll(async () => {
    await server?.close()
    await app.dispose()
    client.destroy()
    if (previousLocal === undefined) delete process.env.NTM_LOCAL
    else process.env.NTM_LOCAL = previousLocal
  })

  const get = async (path: string) => {
    const r = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
    expect(r.status, path).toBe(200)
    return (await r.json()) as Record<string, unknown>
  }
  /** The lines of xã 02794 (old Lào Cai) in 2022, read back through the API. */
  const lines02794 = async () =>
    (await get("/v1/provinces/10/contributions?commune=02794&year=2022")).items as Array<Record<string, unknown>>
  const importApi = async (file: string, dir: string) => {
    const rec = recordingIo(dir)
    const code = await contributionsImport(rec.io, file, {
      lang: "en",
      skipInvalid: false,
      api: { url: server.url, token },
    })
    return { code, out: rec.out() }
  }

  it("creates the valid file's lines once; re-running the same import creates nothing new", async () => {
    const { headers, rows } = await badRows()
    const dir = await workDir()
    // Rows 2 and 3 of the fixture are valid (2022 lines of xã 02794): cash confirmed, cement delivered.
    const valid = rows.filter((r) => r.row === 2 || r.row === 3)
    await writeFile(join(dir, "good.csv"), [headers, ...valid.map((r) => r.cells)].map((c) => c.join(",")).join("\n"))

    const first = await importApi("good.csv", dir)
    expect(first.out).toContain(`Posted 2 of 2 line(s) to ${server.url}.`)
    expect(first.code).toBe(0)
    const created = await lines02794()
    expect(created.map((l) => l.item).sort()).toEqual(["tien-mat", "xi-mang"])
    expect(created.every((l) => l.province === "10" && l.commune === "02794")).toBe(true)
    // The API creates lines delivered; the confirmed cash row waits for the commune's confirmation.
    expect(created.map((l) => l.status)).toEqual(["delivered", "delivered"])
    expect(first.out).toContain("Row(s) 2 are posted as delivered")
    const totals = await get("/v1/provinces/10/contributions/totals?year=2022")
    // 20,000,000 đồng cash + 2.5 t of cement at the invoice's 1,500,000 đồng/t.
    expect(totals.declaredUnconfirmed).toMatchObject({ lines: 2, value: "23750000", cash: "20000000" })
    expect(totals.official).toMatchObject({ lines: 0, value: "0" })

    const again = await importApi("good.csv", dir)
    expect(again.out).toContain(`Posted 2 of 2 line(s) to ${server.url}.`)
    expect(again.code).toBe(0)
    const after = await lines02794()
    expect(after.map((l) => l.id).sort()).toEqual(created.map((l) => l.id).sort())
    expect(await get("/v1/provinces/10/contributions/totals?year=2022")).toEqual(totals)
  })

  it("a rejected row cannot be posted: nothing is posted (without --skip-invalid)", async () => {
    const { headers, rows } = await badRows()
    const row2 = rows.find((r) => r.row === 2)!.cells
    const at = (h: string) => headers.indexOf(h)
    // Row 3 of this file: the same cash line, rejected by the commune with a reason (valid in the file).
    const rejected = row2.map((c, i) =>
      i === at("status") ? "rejected" : i === at("reason") ? "not received" : i === at("provider_id") ? "other" : c,
    )
    const dir = await workDir()
    await writeFile(join(dir, "rej.csv"), [headers, row2, rejected].map((c) => c.join(",")).join("\n"))
    const before = await lines02794()
    const r = await importApi("rej.csv", dir)
    expect(r.code).toBe(1)
    expect(r.out).toContain('row 3: a "rejected" line cannot be posted to the API')
    expect(r.out).toContain("Nothing was posted to the API.")
    expect(await lines02794()).toEqual(before)
  })

  it("a file with a bad row imports nothing (without --skip-invalid)", async () => {
    const dir = await workDir(BAD)
    const before = await lines02794()
    const r = await importApi(BAD, dir)
    expect(r.code).toBe(1)
    expect(r.out).toContain("Nothing was imported")
    expect(r.out).not.toContain("Posted")
    expect(await lines02794()).toEqual(before)
  })
})

describe("Vietnamese headers, words and dates; valuation by a price list", () => {
  it("values in-kind lines from the price list in force and flags a declared value far from it", async () => {
    const dir = await workDir("contributions-price-list.csv", "price-list-demo-2022.json")
    const rec = recordingIo(dir)
    const code = await contributionsImport(rec.io, "contributions-price-list.csv", {
      lang: "en",
      skipInvalid: false,
      priceList: "price-list-demo-2022.json",
      tolerance: 20,
      out: "l.json",
    })
    expect(code).toBe(0)
    expect(rec.out()).toContain(
      "row 3, column 'Giá trị kê khai (đồng)': warning: declared value 9000000 đồng is more than 20% from the price-list value 6000000 đồng (valuation.far-from-price-list)",
    )
    expect(rec.out()).not.toContain("confirmed.unvalued")
    const { lines } = JSON.parse(await readFile(join(dir, "l.json"), "utf8"))
    // 500 kg of cement at 1,500,000 đồng per t; 40 unskilled workdays at the vung-IV rate; 10 desk sets on invoice.
    expect(lines.map((l: { value: string }) => l.value)).toEqual(["750000", "6000000", "18000000"])
    expect(lines.map((l: { date: string }) => l.date)).toEqual(["2022-09-15", "2022-09-16", "2022-09-17"])
    expect(lines.map((l: { status: string }) => l.status)).toEqual(["confirmed", "delivered", "delivered"])
    expect(lines[0].provider.kind).toBe("agency")
    expect(lines[2].provider.kind).toBe("enterprise")
    expect(lines[0].history[1]).toEqual({
      status: "confirmed",
      date: "2022-09-20",
      by: { kind: "commune", id: "02794" },
    })
  })

  it("without the price list, the confirmed cement line stays unvalued (a warning, not a guess)", async () => {
    const dir = await workDir("contributions-price-list.csv")
    const rec = recordingIo(dir)
    expect(await contributionsImport(rec.io, "contributions-price-list.csv", { lang: "en", skipInvalid: false })).toBe(
      0,
    )
    expect(rec.out()).toContain(
      "row 2, column 'value': warning: a confirmed line without a value adds nothing to VND totals",
    )
  })
})
