/** Writes docs/criteria-coverage.md from the shipped packs: `node --import tsx packages/core/scripts/criteria-coverage.ts`. */
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { renderCoverage } from "../src/criteria/coverage.ts"
import { shippedOverlays, shippedPacks } from "../src/criteria/packs/index.ts"

const target = fileURLToPath(new URL("../../../docs/criteria-coverage.md", import.meta.url))
writeFileSync(target, renderCoverage(shippedPacks, shippedOverlays))
console.log(`wrote ${target}`)
