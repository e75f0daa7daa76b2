/** A target's actuals from what is stored: standing commune statuses, the ledger's official money and the programme hierarchy. */
import { IsoDate } from "@ntm/core"
import type { Contribution } from "@ntm/core/contributions"
import { mobilisedMoney, programmeHierarchy } from "@ntm/core/integration"
import { type Inputs, type Target, TargetActual } from "@ntm/core/plans"
import type { UnitRegistry } from "@ntm/core/units"

/** The years of ledger lines a target reads: every flow window of a money target; none for other indicators. */
export const ledgerYears = (target: Target.Target): { first: number; last: number } | undefined => {
  if (target.indicator._tag !== "MoneyMobilised" || target.periods.length === 0) return undefined
  const windows = target.periods.map((p) => TargetActual.flowWindow(target, p.period))
  return {
    first: Math.min(...windows.map((w) => IsoDate.yearOf(w.start))),
    last: Math.max(...windows.map((w) => IsoDate.yearOf(w.end))),
  }
}

/** What a target's actuals are computed from. */
export interface TargetFacts {
  /** The province's unit registry: the programme hierarchy (xã only) under the target's scope. */
  readonly registry: UnitRegistry
  /** One status per commune and year (see `standingStatuses`). */
  readonly statuses: ReadonlyArray<Inputs.CommuneStatus>
  /** The province's ledger lines of `ledgerYears(target)`; only official (confirmed) ones are counted. */
  readonly lines: ReadonlyArray<Contribution.Contribution>
  readonly statusPolicy: "same-year" | "latest"
}

/**
 * Core's `targetActuals` over the stored facts. Money targets sum the confirmed đồng of the lines dated in each
 * period's flow window whose commune is a programme leaf under the scope (exact `bigint`; a decimal string in JSON),
 * so an actual never exceeds what the ledger's confirmed lines sum to. Village targets have no stored recognitions
 * and are answered `unavailable` by the handler before this is called.
 *
 * @example
 * targetActualsOf(target, { registry: laoCaiRegistry, statuses, lines, statusPolicy: "same-year" })[0]?.actual
 */
export const targetActualsOf = (target: Target.Target, facts: TargetFacts): Array<TargetActual.PeriodActual> => {
  const hierarchy = programmeHierarchy(facts.registry)
  return TargetActual.targetActuals(target, {
    hierarchy,
    statuses: facts.statuses,
    villages: [],
    money: mobilisedMoney(facts.lines, { hierarchy }),
    statusPolicy: facts.statusPolicy,
  })
}
