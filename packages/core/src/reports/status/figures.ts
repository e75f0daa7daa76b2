/** The figures of the NTM status report for a year, computed from commune statuses, villages and targets: no text, no rounding. */
import { criterionKey, type Evaluation, type IndeterminateReason } from "../../criteria/Evaluation.ts"
import { type ActualInputs, tallyTree } from "../../plans/FactsRollUp.ts"
import type { CommuneStatus, CriterionResult } from "../../plans/Inputs.ts"
import { yearPeriod } from "../../plans/Period.ts"
import { findRegressions, hasRegressed, type Regression } from "../../plans/Regression.ts"
import { leavesAt, type RollUpNode } from "../../plans/RollUp.ts"
import { statusForPeriod, type Tally } from "../../plans/Tally.ts"
import type { Target } from "../../plans/Target.ts"
import { type PeriodActual, targetActuals } from "../../plans/TargetActual.ts"
import type { IsoDate } from "../../shared/IsoDate.ts"
import type { LocalizedText } from "../../shared/LocalizedText.ts"
import type { UnitCode } from "../../shared/UnitCode.ts"
import { type Band, bandOf, bands19 } from "./bands.ts"

/** What the status report is computed from. */
export interface StatusInput {
  /** The report year: statuses for it (by `inputs.statusPolicy`), villages and hierarchy as of 31 December. */
  readonly year: number
  /** The scope (e.g. the province); its leaves on 31 December are the communes counted (the programme base). */
  readonly root: UnitCode
  /** Hierarchy, commune statuses, village recognitions, money and status policy — the plans module's inputs. */
  readonly inputs: ActualInputs
  /** Targets whose periods end in the year are compared with their actuals. */
  readonly targets?: ReadonlyArray<Target>
  /** Bands of criteria met; default {@link bands19}. */
  readonly bands?: ReadonlyArray<Band>
  /**
   * Criterion keys in report order, with names; default: the keys met in the statuses, in first-seen order, named
   * from `evaluations` when given.
   */
  readonly criteria?: ReadonlyArray<{ readonly key: string; readonly name: LocalizedText }>
  /** The year's evaluations, to count indeterminate indicators by reason (e.g. `no-threshold`). */
  readonly evaluations?: ReadonlyArray<Evaluation>
}

/** Communes in one band. */
export interface BandFigure {
  readonly band: Band
  readonly communes: number
}

/** How many assessed communes meet, fail or cannot be decided on one criterion. */
export interface Attainment {
  readonly key: string
  readonly name: LocalizedText | undefined
  readonly pass: number
  readonly fail: number
  readonly indeterminate: number
}

/** Indeterminate indicators of one reason, and the communes they occur in. */
export interface IndeterminateFigure {
  readonly reason: IndeterminateReason
  readonly indicators: number
  readonly communes: number
}

/** Every figure of the NTM status report (báo cáo kết quả xây dựng nông thôn mới). */
export interface StatusFigures {
  readonly year: number
  readonly date: IsoDate
  /** The scope's roll-up: its tally (communes, assessed, tiers, criteria sums, minimum, villages) and children. */
  readonly tree: RollUpNode
  /** The communes in scope and the status that stands for each (undefined: not assessed). */
  readonly communes: ReadonlyArray<{ readonly unit: UnitCode; readonly status: CommuneStatus | undefined }>
  readonly bands: ReadonlyArray<BandFigure>
  /** Assessed communes whose criteria met fall in no band (bands that do not cover the pack). */
  readonly outsideBands: number
  readonly attainment: ReadonlyArray<Attainment>
  /** Communes whose status for the year lost a criterion or the tier against their previous assessment. */
  readonly regressions: ReadonlyArray<Regression>
  readonly targets: ReadonlyArray<{ readonly target: Target; readonly actuals: ReadonlyArray<PeriodActual> }>
  readonly indeterminate: ReadonlyArray<IndeterminateFigure>
}

/**
 * The root's tally.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * import { Inputs } from "@ntm/core/plans"
 * import { StatusFigures } from "@ntm/core/reports"
 * const inputs = { hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks), statuses: LaoCaiPlans.demoStatuses, villages: LaoCaiPlans.demoVillages, money: () => 0n, statusPolicy: "same-year" } as const
 * const figures = StatusFigures.statusFigures({ year: 2024, root: UnitCode.unitCode("10"), inputs })
 * StatusFigures.tallyOf(figures).assessed // => 11
 * ```
 */
export const tallyOf = (f: StatusFigures): Tally => f.tree.tally

const previousStatus = (statuses: ReadonlyArray<CommuneStatus>, unit: UnitCode, year: number) => {
  let best: CommuneStatus | undefined
  for (const s of statuses) if (s.unit === unit && s.year < year && (best === undefined || s.year > best.year)) best = s
  return best
}

/**
 * Computes the status report's figures: the roll-up (tiers, average and minimum criteria, villages), communes by
 * band of criteria met, per-criterion attainment, regressions against each commune's previous assessment,
 * targets' actuals for the periods ending in the year, and indeterminate indicators by reason.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * import { Inputs } from "@ntm/core/plans"
 * import { StatusFigures } from "@ntm/core/reports"
 * const inputs = { hierarchy: Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks), statuses: LaoCaiPlans.demoStatuses, villages: LaoCaiPlans.demoVillages, money: () => 0n, statusPolicy: "same-year" } as const
 * const f = StatusFigures.statusFigures({ year: 2024, root: UnitCode.unitCode("10"), inputs })
 * // Communes exactly at the NTM tier among the 11 ILLUSTRATIVE demo communes
 * f.tree.tally.tiers.ntm // => 2
 * ```
 */
export const statusFigures = (input: StatusInput): StatusFigures => {
  const { inputs, year } = input
  const period = yearPeriod(year)
  const date = period.end
  const tree = tallyTree(inputs, input.root, period)
  const byUnit = new Map<UnitCode, Array<CommuneStatus>>()
  for (const s of inputs.statuses) {
    const list = byUnit.get(s.unit)
    if (list === undefined) byUnit.set(s.unit, [s])
    else list.push(s)
  }
  const communes = leavesAt(inputs.hierarchy, input.root, date).map((unit) => ({
    unit,
    status: statusForPeriod(byUnit.get(unit) ?? [], unit, year, inputs.statusPolicy),
  }))
  const assessed = communes.flatMap((c) => (c.status === undefined ? [] : [c.status]))

  const bands = input.bands ?? bands19
  const bandCounts = new Map<Band, number>(bands.map((b) => [b, 0]))
  let outsideBands = 0
  for (const s of assessed) {
    const b = bandOf(bands, s.criteriaMet)
    if (b === undefined) outsideBands++
    else bandCounts.set(b, bandCounts.get(b)! + 1)
  }

  const counts = new Map<string, Record<CriterionResult, number>>()
  for (const k of input.criteria ?? []) counts.set(k.key, { pass: 0, fail: 0, indeterminate: 0 })
  for (const s of assessed)
    for (const c of s.criteria) {
      let n = counts.get(c.key)
      if (n === undefined) {
        n = { pass: 0, fail: 0, indeterminate: 0 }
        counts.set(c.key, n)
      }
      n[c.result]++
    }
  // Names: the caller's, else those the evaluations carry (keyed `family:criterion`, as `integration/communeStatus.ts` keys them).
  const names = new Map<string, LocalizedText>()
  for (const ev of input.evaluations ?? [])
    for (const c of ev.criteria) names.set(criterionKey(ev.family, c.criterion), c.name)
  for (const k of input.criteria ?? []) names.set(k.key, k.name)
  const attainment = [...counts].map(([key, n]) => ({ key, name: names.get(key), ...n }))

  const regressions: Array<Regression> = []
  for (const c of communes) {
    if (c.status === undefined) continue
    const before = previousStatus(byUnit.get(c.unit) ?? [], c.unit, c.status.year)
    if (before === undefined) continue
    const r = findRegressions(before, c.status)
    if (hasRegressed(r) || r.unclear.length > 0) regressions.push(r)
  }

  const targets = (input.targets ?? []).map((target) => ({
    target,
    actuals: targetActuals(
      { ...target, periods: target.periods.filter((p) => p.period.end.slice(0, 4) === String(year)) },
      inputs,
    ),
  }))

  const inScope = new Set(communes.map((c) => c.unit as string))
  const reasons = new Map<IndeterminateReason, { indicators: number; communes: Set<string> }>()
  for (const ev of input.evaluations ?? []) {
    if (ev.year !== year || !inScope.has(ev.commune)) continue
    for (const i of ev.indicators) {
      if (i.outcome !== "indeterminate" || i.reason === undefined) continue
      let r = reasons.get(i.reason)
      if (r === undefined) {
        r = { indicators: 0, communes: new Set() }
        reasons.set(i.reason, r)
      }
      r.indicators++
      r.communes.add(ev.commune)
    }
  }

  return {
    year,
    date,
    tree,
    communes,
    bands: bands.map((band) => ({ band, communes: bandCounts.get(band)! })),
    outsideBands,
    attainment,
    regressions,
    targets,
    indeterminate: [...reasons].map(([reason, r]) => ({
      reason,
      indicators: r.indicators,
      communes: r.communes.size,
    })),
  }
}
