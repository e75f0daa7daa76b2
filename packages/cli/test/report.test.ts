/** `ntm report help|status`: the article's totals from the ILLUSTRATIVE demo, imported ledgers, CSV/JSON/XLSX exports. */
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { contributionsImport } from "../src/commands/contributionsImport.ts"
import { reportCommand } from "../src/commands/report.ts"
import { recordingIo, runBin, workDir } from "./helpers.ts"

const demo = { format: "text", demo: true } as const

describe("report help", () => {
  it("gives the article's totals on the demo ledger for 2022 (the real bin), under the illustrative notice", async () => {
    const r = await runBin(["report", "help", "--year", "2022", "--demo"], await workDir())
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^> MINH HỌA: /u)
    expect(r.stdout).toContain("tổng giá trị quy ra tiền là 16.493,82 triệu đồng, trong đó 643,73 triệu đồng tiền mặt")
    expect(r.stdout).toMatch(/Tổng giá trị quy ra tiền \(đã xác nhận\) +52 +16\.493\.820\.000/u)
  })

  it("prints English, and the sheet chosen with --by", async () => {
    const en = recordingIo(await workDir())
    expect(await reportCommand(en.io, "help", { ...demo, year: 2022, lang: "en", by: "district" })).toBe(0)
    expect(en.out()).toContain("worth 16,493.82 million VND in total, of which 643.73 million VND in cash")
    expect(en.out()).toContain("### Help by district as of 2022")
    expect(en.out()).toMatch(/Total +52 +16,493,820,000 +643,730,000 +15,850,090,000/u)
  })

  it("reads a ledger written by the import: only confirmed lines count", async () => {
    const dir = await workDir("contributions-bad.csv")
    await contributionsImport(recordingIo(dir).io, "contributions-bad.csv", {
      lang: "en",
      skipInvalid: true,
      out: "l.json",
    })
    const r = recordingIo(dir)
    expect(
      await reportCommand(r.io, "help", { year: 2022, format: "text", lang: "vi", demo: false, ledger: "l.json" }),
    ).toBe(0)
    // The confirmed cash line (20 million) counts; the delivered cement line (3.75 million) is listed apart.
    expect(r.out()).toContain("tổng giá trị quy ra tiền là 20,00 triệu đồng, trong đó 20,00 triệu đồng tiền mặt")
    expect(r.out()).not.toContain("MINH HỌA")
  })

  it("exports a sheet as CSV with exact đồng, and the whole report as JSON with the notice", async () => {
    const dir = await workDir()
    const csv = recordingIo(dir)
    await reportCommand(csv.io, "help", { ...demo, year: 2022, lang: "vi", format: "csv", by: "provider" })
    const lines = csv.out().trim().split("\r\n")
    expect(lines[0]).toContain("Tổng giá trị quy ra tiền (đồng)")
    expect(lines.at(-1)).toContain("16493820000")
    const json = recordingIo(dir)
    await reportCommand(json.io, "help", { ...demo, year: 2022, lang: "vi", format: "json" })
    const doc = JSON.parse(json.out())
    expect(doc.notice.en).toMatch(/^ILLUSTRATIVE/u)
    expect(JSON.stringify(doc)).toContain('"value":"16493820000"')
  })
})

describe("report status", () => {
  it("gives the demo's 2024 figures and writes an XLSX workbook whose every sheet carries the notice", async () => {
    const dir = await workDir()
    const text = recordingIo(dir)
    expect(await reportCommand(text.io, "status", { ...demo, year: 2024, lang: "en" })).toBe(0)
    expect(text.out()).toContain("20 of 126 communes had been assessed; 8 communes met the NTM standard or higher")
    const x = recordingIo(dir)
    expect(
      await reportCommand(x.io, "status", { ...demo, year: 2024, lang: "vi", format: "xlsx", out: "s.xlsx" }),
    ).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await readFile(join(dir, "s.xlsx"))) as unknown as ArrayBuffer)
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(6)
    for (const ws of wb.worksheets) {
      const texts: Array<string> = []
      ws.eachRow((row) => {
        texts.push(String(row.getCell(1).value ?? ""))
      })
      expect(texts.some((t) => t.startsWith("MINH HỌA"))).toBe(true)
    }
  })

  it("builds the status report from evaluations printed by `ntm evaluate --json`", async () => {
    const dir = await workDir("values-02794.csv")
    const { evaluateCommand } = await import("../src/commands/evaluate.ts")
    const ev = recordingIo(dir)
    await evaluateCommand(ev.io, "values-02794.csv", {
      pack: "lao-cai-894-2022/commune-ntm",
      commune: "02794",
      year: 2024,
      strict: false,
      json: true,
      lang: "en",
    })
    const { writeFile } = await import("node:fs/promises")
    await writeFile(join(dir, "evs.json"), `[${ev.out()}]`)
    const r = recordingIo(dir)
    expect(
      await reportCommand(r.io, "status", {
        year: 2024,
        format: "text",
        lang: "en",
        demo: false,
        evaluations: "evs.json",
      }),
    ).toBe(0)
    expect(r.out()).toContain("1 of 126 communes had been assessed; 0 communes met the NTM standard or higher")
  })
})
