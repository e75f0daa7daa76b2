/** The NTM status report (báo cáo kết quả xây dựng NTM) of a province and year, from stored assessments, targets and the ledger. */

import type { Assessment } from "@ntm/api"
import { type LocalizedText, UnitCode } from "@ntm/core"
import type { Contribution } from "@ntm/core/contributions"
import { builtOnDemoFillIn, DEMO_NOTICE } from "@ntm/core/demo"
import { mobilisedMoney, programmeHierarchy } from "@ntm/core/integration"
import type { Target } from "@ntm/core/plans"
import { StatusReport, type Table } from "@ntm/core/reports"
import { type UnitRegistry, unitAt } from "@ntm/core/units"
import { standingStatuses } from "../reference/communeStatuses.ts"
import { ledgerYears } from "../reference/targetProgress.ts"

/** Targets whose actuals need village recognitions, which are not stored: left out of the report, never shown as 0. */
const NEEDS_VILLAGES: ReadonlySet<Target.TargetIndicator["_tag"]> = new Set(["VillagesAtTier", "VillagesRecognised"])

/** Summary rows counting villages (English labels of core's summary sheet): blanked, since recognitions are not stored. */
const VILLAGE_ROWS = new Set([
  "NTM villages (in force)",
  "Model NTM villages (in force)",
  "Villages recognised NTM in the year",
  "Villages recognised model in the year",
])

const VILLAGES_NOTE: LocalizedText.LocalizedText = {
  vi: "Chưa lưu quyết định công nhận thôn: các số liệu về thôn để trống, không suy đoán; chỉ tiêu về thôn không có trong báo cáo.",
  en: "Village recognitions are not stored: village figures are left blank, never guessed; village targets are left out.",
}

/** What the report is built from (read by the handler). */
export interface StatusSources {
  readonly province: string
  readonly year: number
  readonly registry: UnitRegistry
  /** The province's assessments, newest first (all years: the previous one of each commune gives regressions). */
  readonly assessments: ReadonlyArray<Assessment>
  readonly targets: ReadonlyArray<Target.Target>
  /** The province's ledger lines of `statusLedgerYears`; only official (confirmed) ones are counted. */
  readonly lines: ReadonlyArray<Contribution.Contribution>
}

/** The targets the report shows: periods ending in the year, indicators computable from what is stored. */
const reportedTargets = (targets: ReadonlyArray<Target.Target>, year: number) =>
  targets.filter(
    (t) => !NEEDS_VILLAGES.has(t.indicator._tag) && t.periods.some((p) => p.period.end.startsWith(`${year}-`)),
  )

/** The ledger years the report's money targets read (undefined: none). */
export const statusLedgerYears = (
  targets: ReadonlyArray<Target.Target>,
  year: number,
): { first: number; last: number } | undefined => {
  const spans = reportedTargets(targets, year).flatMap((t) => {
    const y = ledgerYears({ ...t, periods: t.periods.filter((p) => p.period.end.startsWith(`${year}-`)) })
    return y === undefined ? [] : [y]
  })
  if (spans.length === 0) return undefined
  return { first: Math.min(...spans.map((s) => s.first)), last: Math.max(...spans.map((s) => s.last)) }
}

/**
 * Core's NTM status report over what is stored: one status per commune and year (`standingStatuses`: the latest
 * assessment of each tier climbs the tier ladder; criteria keyed `family:code`), the programme hierarchy of the
 * province's registry (xã only, as of 31 December), the province's targets with periods ending in the year (money
 * from confirmed ledger lines), and the year's standing evaluations for undecided indicators. Village figures are
 * blank (not stored). `demo` is true when a counted assessment rests on the ILLUSTRATIVE demo fill-in; the report
 * then carries the demo notice as a paragraph and under every sheet.
 *
 * @example
 * const { report, demo } = statusReportOf({ province: "10", year: 2024, registry, assessments, targets, lines })
 */
export const statusReportOf = (s: StatusSources): { readonly report: Table.Report; readonly demo: boolean } => {
  const hierarchy = programmeHierarchy(s.registry)
  const standing = standingStatuses(s.assessments.filter((a) => a.year <= s.year))
  const ofYear = standing.filter((x) => x.status.year === s.year)
  const demo = ofYear.some((x) => x.assessments.some((a) => builtOnDemoFillIn(a.evaluation)))
  const report = StatusReport.statusReport({
    year: s.year,
    root: UnitCode.unitCode(s.province),
    inputs: {
      hierarchy,
      statuses: standing.map((x) => x.status),
      villages: [],
      money: mobilisedMoney(s.lines, { hierarchy }),
      statusPolicy: "same-year",
    },
    targets: reportedTargets(s.targets, s.year),
    evaluations: ofYear.flatMap((x) => (x.assessments[0] === undefined ? [] : [x.assessments[0].evaluation])),
    unitName: (code, date) => unitAt(s.registry, code, date)?.name,
  })
  const notes = demo ? [DEMO_NOTICE, VILLAGES_NOTE] : [VILLAGES_NOTE]
  return {
    demo,
    report: {
      ...report,
      paragraphs: demo ? [DEMO_NOTICE, ...report.paragraphs] : report.paragraphs,
      sheets: report.sheets.map((sheet) => ({
        ...sheet,
        rows:
          sheet.id === "summary" ? sheet.rows.map((r) => (isVillageRow(r) ? { ...r, count: null } : r)) : sheet.rows,
        notes: [...sheet.notes, ...notes],
      })),
    },
  }
}

const isVillageRow = (r: Table.Row): boolean => {
  const label = r.indicator
  return typeof label === "object" && label !== null && "en" in label && VILLAGE_ROWS.has(String(label.en))
}
