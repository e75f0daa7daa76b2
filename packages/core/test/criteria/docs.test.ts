/** The JSON example in docs/criteria.md is a valid fill-in for the resolved Lào Cai pack. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { applyOverlays } from "../../src/criteria/applyOverlays.ts"
import { evaluate } from "../../src/criteria/evaluate.ts"
import { laoCai894Commune, qd318PhuLucI } from "../../src/criteria/packs/index.ts"
import { validateOverlay } from "../../src/criteria/validateOverlay.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"

const doc = readFileSync(fileURLToPath(new URL("../../../../docs/criteria.md", import.meta.url)), "utf8")

describe("docs/criteria.md", () => {
  it("its fill-in example validates over Lào Cai 894 and fills the 2024 income cell", () => {
    const json = /```json\n([\s\S]*?)```/u.exec(doc)?.[1]
    expect(json).toBeDefined()
    const laoCai = applyOverlays(qd318PhuLucI, [laoCai894Commune])
    const r = validateOverlay(JSON.parse(json ?? "null"), laoCai)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.warnings).toEqual([])
    const filled = applyOverlays(laoCai, [r.overlay])
    expect(filled.composedOf).toEqual([qd318PhuLucI.id, laoCai894Commune.id, "lao-cai/fill-in-2024"])
    const ev = evaluate(filled, {
      commune: { code: unitCode("02662"), region: "TDMNPB", classifications: [] },
      year: 2024,
      date: isoDate("2024-12-31"),
      values: { "10.income": { kind: "amount", dong: 12_000_000n } },
    })
    expect(ev.indicators.find((i) => i.indicator === "10.income")).toMatchObject({
      outcome: "fail",
      provisional: true,
      applied: { status: "demo-fill-in", year: 2024 },
      gap: { kind: "amount", dong: 345_000n },
    })
  })
})
