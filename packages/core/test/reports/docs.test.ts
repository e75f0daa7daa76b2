/** The samples in docs/reports.md are the real output of the report builders on the demo data (kept in sync). */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import { laoCai2022Contributions, laoCai2022PriceList } from "../../src/demo/index.ts"
import { evaluateLaoCaiDemo } from "../../src/demo/laoCaiAssessments.ts"
import { demoVillages } from "../../src/demo/laoCaiPlans.ts"
import { advancedCommunes, averageCriteria, minimumCriteria, ntmCommunes } from "../../src/demo/laoCaiTargets.ts"
import { programmeHierarchy } from "../../src/integration/programmeHierarchy.ts"
import { helpReport } from "../../src/reports/help/helpReport.ts"
import { csvText } from "../../src/reports/render/csv.ts"
import { statusReport } from "../../src/reports/status/statusReport.ts"
import type { Report } from "../../src/reports/Table.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { laoCaiRegistry } from "../../src/units/data/laoCai.ts"
import { unitAt } from "../../src/units/Registry.ts"

const doc = readFileSync(fileURLToPath(new URL("../../../../docs/reports.md", import.meta.url)), "utf8")

const help = helpReport({
  year: 2022,
  lines: laoCai2022Contributions,
  catalogue: standardCatalogue,
  priceLists: [laoCai2022PriceList],
  registry: laoCaiRegistry,
  rebaseTo: isoDate("2025-07-01"),
  roundDown: { "ngay-cong": 1000, "luot-kham": 100 },
})
/** The status report sample: demo evaluations → statuses → report, on the real programme base of old Lào Cai. */
const statusSample = (): Report => {
  const { assessments, statuses } = evaluateLaoCaiDemo()
  return statusReport({
    year: 2024,
    root: unitCode("10"),
    inputs: {
      hierarchy: programmeHierarchy(laoCaiRegistry),
      statuses,
      villages: demoVillages,
      money: () => 0n,
      statusPolicy: "same-year",
    },
    targets: [ntmCommunes, advancedCommunes, averageCriteria, minimumCriteria],
    evaluations: assessments.flatMap((a) => (a.evaluations.ntm === undefined ? [] : [a.evaluations.ntm])),
    unitName: (code, date) => unitAt(laoCaiRegistry, code, date)?.name,
  })
}
const status = statusSample()

const samples = (report: Report) => {
  for (const p of report.paragraphs) {
    expect(doc).toContain(p.vi)
    expect(doc).toContain(p.en)
  }
  for (const s of report.sheets) expect(doc).toContain(csvText(s, { language: "vi" }).replace(/\r\n/gu, "\n"))
}

describe("docs/reports.md", () => {
  it("shows the help report exactly as the builder writes it", () => samples(help))
  it("shows the status report exactly as the builder writes it", () => samples(status))
})
