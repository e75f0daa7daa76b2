/** docs/criteria-coverage.md is generated from the shipped packs; this fails when the committed file is stale. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { renderCoverage } from "../../src/criteria/coverage.ts"
import { shippedOverlays, shippedPacks } from "../../src/criteria/packs/index.ts"

const file = fileURLToPath(new URL("../../../../docs/criteria-coverage.md", import.meta.url))

describe("criteria coverage document", () => {
  it("is current (regenerate with `node --import tsx packages/core/scripts/criteria-coverage.ts`)", () => {
    expect(readFileSync(file, "utf8")).toBe(renderCoverage(shippedPacks, shippedOverlays))
  })

  it("shows every indicator and marks absent values as absent", () => {
    const doc = renderCoverage(shippedPacks, shippedOverlays)
    for (const p of shippedPacks)
      for (const c of p.criteria) for (const i of c.indicators) expect(doc).toContain(`\`${i.code}\``)
    expect(doc).toContain("| ≥ 80% — secondary [S5, S18, S19] | (all) | (all) |")
    expect(doc).toContain("≤ 24% — secondary [P1]")
    expect(doc).toContain("absent")
  })
})
