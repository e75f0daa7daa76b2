/** Import throughput: reading and checking 5,000 contribution rows (CSV), with and without a price list. */
import { Contributions, Units } from "@ntm/core"
import { demoZoneOf, laoCai2022PriceList } from "@ntm/core/demo"
import { bench, describe } from "vitest"
import { type CheckContext, checkRows } from "../src/contributions/checkRows.ts"
import { templateCsv } from "../src/contributions/template.ts"
import { readCsv } from "../src/table/cells.ts"

const ROWS = 5_000
const [header = "", ...examples] = templateCsv("en")
  .replace(/^\uFEFF/u, "")
  .trim()
  .split("\r\n")
const text = [header, ...Array.from({ length: ROWS }, (_, i) => `r${i}${examples[i % examples.length]}`)].join("\n")

const ctx: CheckContext = {
  catalogue: Contributions.Catalogue.standardCatalogue,
  units: { existsAt: (code, date) => Units.exists(Units.laoCaiRegistry, code, date) },
  rounding: "half-up",
  idFor: (row) => `bench-r${row}`,
}

describe(`contributions import, ${ROWS} rows`, () => {
  bench("read CSV + check every row", () => {
    checkRows(readCsv(text), ctx)
  })
  bench("read CSV + check + value by the demo price list", () => {
    checkRows(readCsv(text), { ...ctx, priceList: laoCai2022PriceList, tolerancePercent: 20, zoneOf: demoZoneOf })
  })
})
