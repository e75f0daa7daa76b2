/** `ntm report help`: the article's totals from the ILLUSTRATIVE demo ledger, and from an imported ledger. */
import { describe, expect, it } from "vitest"
import { contributionsImport } from "../src/commands/contributionsImport.ts"
import { reportCommand } from "../src/commands/report.ts"
import { recordingIo, workDir } from "./helpers.ts"

describe("report help", () => {
  it("gives the article's total on the demo ledger for 2022, in Vietnamese and English", async () => {
    const dir = await workDir()
    const vi = recordingIo(dir)
    expect(await reportCommand(vi.io, "help", { year: 2022, format: "text", lang: "vi", demo: true })).toBe(0)
    expect(vi.out()).toContain("16.493,82 triệu đồng")
    expect(vi.out()).toContain("643,73 triệu đồng")
    const en = recordingIo(dir)
    expect(await reportCommand(en.io, "help", { year: 2022, format: "text", lang: "en", demo: true })).toBe(0)
    expect(en.out()).toContain("16,493.82 million VND")
  })

  it("reads a ledger written by the import (confirmed lines only count)", async () => {
    const dir = await workDir("contributions-bad.csv")
    const rec = recordingIo(dir)
    await contributionsImport(rec.io, "contributions-bad.csv", { lang: "en", skipInvalid: true, out: "l.json" })
    const r = recordingIo(dir)
    expect(
      await reportCommand(r.io, "help", { year: 2022, format: "text", lang: "vi", demo: false, ledger: "l.json" }),
    ).toBe(0)
    // Only the confirmed cash line (20 million) counts; the delivered cement line does not.
    expect(r.out()).toContain("20,00 triệu đồng")
  })
})
