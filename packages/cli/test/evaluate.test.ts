/** `ntm evaluate`: a commune from CSV or JSON values, gaps and provenance, and CSV problems by row and column. */
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { evaluateCommand } from "../src/commands/evaluate.ts"
import { recordingIo, workDir } from "./helpers.ts"

const base = { commune: "02794", year: 2024, strict: false, json: false } as const

describe("evaluate", () => {
  it("evaluates a commune from CSV: outcome, value, threshold with its source and status, and the gap", async () => {
    const dir = await workDir("pack-small.json", "values-02794.csv")
    const rec = recordingIo(dir)
    const code = await evaluateCommand(rec.io, "values-02794.csv", { ...base, pack: "pack-small.json", lang: "en" })
    expect(code).toBe(0)
    expect(rec.out()).toContain("Criteria met 0/2; not met 1; indeterminate 1; provisional 1. Standard: Not met.")
    expect(rec.out()).toContain(
      "Not met — value 72.5% — threshold ≥ 80% (all; secondary source; S5, S18, S19) — needs +7.5 percentage points — provisional",
    )
    expect(rec.out()).toContain("Missing:\n- indicator list of criterion 4")
    // 3.2 passes, so it does not decide criterion 3: shown only with --all.
    expect(rec.out()).not.toContain("3.2 Meets")
    const all = recordingIo(dir)
    await evaluateCommand(all.io, "values-02794.csv", { ...base, pack: "pack-small.json", lang: "en", all: true })
    expect(all.out()).toContain(
      "3.2 Meets active disaster-prevention requirements (the '4 tại chỗ' motto): Met — value 55 points",
    )
  })

  it("prints Vietnamese with --lang vi, and the demo notice for a demo fill-in pack", async () => {
    const dir = await workDir("values-02794.csv")
    const rec = recordingIo(dir)
    const code = await evaluateCommand(rec.io, "values-02794.csv", {
      ...base,
      pack: "demo:lao-cai-894-2022/commune-ntm/fill-in",
      lang: "vi",
    })
    expect(code).toBe(0)
    expect(rec.out()).toMatch(/^> MINH HỌA: /u)
    expect(rec.out()).toContain("cần tăng thêm 7,5 điểm phần trăm")
  })

  it("reports bad CSV values by row and column and does not evaluate", async () => {
    const dir = await workDir("pack-small.json")
    await writeFile(join(dir, "bad.csv"), "chỉ tiêu,giá trị,minh chứng\n3.1,nhiều,\n9.9,50,\n3.2,55,\n3.1,80,\n")
    const rec = recordingIo(dir)
    expect(await evaluateCommand(rec.io, "bad.csv", { ...base, pack: "pack-small.json", lang: "en" })).toBe(1)
    expect(rec.out()).toContain(
      `row 2, column 'giá trị': "nhiều" is not a percentage between 0 and 100 (values.not-a-percent)`,
    )
    expect(rec.out()).toContain(
      `row 3, column 'chỉ tiêu': no indicator "9.9" in example/small-pack (values.unknown-indicator)`,
    )
    expect(rec.out()).toContain("row 4, column 'giá trị': a score needs the column mandatory_items_met (yes/no)")
    expect(rec.out()).toContain(`row 5, column 'chỉ tiêu': "3.1" is already on row 2 (values.duplicate-indicator)`)
    expect(rec.out()).toContain("invalid values; not evaluated")
  })

  it("CSV and JSON values give the same evaluation (property)", async () => {
    const dir = await workDir("pack-small.json")
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        async (tenths, points, mandatory) => {
          const pct = tenths / 10
          await writeFile(
            join(dir, "v.csv"),
            `indicator,value,mandatory_items_met\n3.1,"${String(pct).replace(".", ",")}",\n3.2,${points},${mandatory ? "yes" : "no"}\n`,
          )
          await writeFile(
            join(dir, "v.json"),
            JSON.stringify({
              "3.1": { kind: "percent", value: pct },
              "3.2": { kind: "score", points, mandatoryItemsMet: mandatory },
            }),
          )
          const a = recordingIo(dir)
          const b = recordingIo(dir)
          const o = { ...base, pack: "pack-small.json", lang: "en" as const, json: true }
          expect(await evaluateCommand(a.io, "v.csv", o)).toBe(0)
          expect(await evaluateCommand(b.io, "v.json", o)).toBe(0)
          expect(JSON.parse(a.out())).toEqual(JSON.parse(b.out()))
          const ev = JSON.parse(a.out())
          const i31 = ev.indicators.find((i: { indicator: string }) => i.indicator === "3.1")
          expect(i31.outcome).toBe(pct >= 80 ? "pass" : "fail")
        },
      ),
      { numRuns: 30 },
    )
  })
})
