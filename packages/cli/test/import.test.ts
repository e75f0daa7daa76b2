/** `ntm contributions import`: errors by row and column, all-or-nothing, --skip-invalid, XLSX, template, API keys. */
import { existsSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import ExcelJS from "exceljs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { contributionsImport } from "../src/commands/contributionsImport.ts"
import { idempotencyKey } from "../src/contributions/postLines.ts"
import { templateCsv, templateXlsx } from "../src/contributions/template.ts"
import { readCsv } from "../src/table/cells.ts"
import { fixtures, recordingIo, runBin, workDir } from "./helpers.ts"

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

  it("posts each valid line once per row with the same keys when re-run", async () => {
    const seen: Array<{ key: string; body: Record<string, unknown>; auth: string }> = []
    const server = createServer((req, res) => {
      let body = ""
      req.on("data", (c) => {
        body += c
      })
      req.on("end", () => {
        seen.push({
          key: String(req.headers["idempotency-key"]),
          body: JSON.parse(body),
          auth: String(req.headers.authorization),
        })
        res.writeHead(req.url === "/v1/contributions" ? 201 : 404, { "content-type": "application/json" })
        res.end(JSON.stringify({ id: `c-${seen.length}` }))
      })
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const dir = await workDir(BAD)
      for (let i = 0; i < 2; i++) {
        const rec = recordingIo(dir)
        const code = await contributionsImport(rec.io, BAD, {
          lang: "en",
          skipInvalid: true,
          api: { url, token: "t0k" },
        })
        expect(code).toBe(0)
        expect(rec.out()).toContain(`Posted 2 of 2 line(s) to ${url}.`)
      }
      expect(seen).toHaveLength(4)
      expect(seen.map((s) => s.key.replace(/^ntm-import:[0-9a-f]{16}:/u, ""))).toEqual([
        "row-2",
        "row-3",
        "row-2",
        "row-3",
      ])
      expect(seen[2]!.key).toBe(seen[0]!.key)
      expect(seen[0]!.auth).toBe("Bearer t0k")
      expect(seen[0]!.body).not.toHaveProperty("id")
      expect(seen[0]!.body).not.toHaveProperty("history")
      expect(seen[0]!.body).toMatchObject({ commune: "02794", item: "tien-mat", status: "confirmed" })
    } finally {
      server.close()
    }
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
