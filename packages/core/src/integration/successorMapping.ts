/** Seam adapter: unit lineage → the plans module's old → new successor mapping; splits are flagged, never guessed. */
import type { IsoDate } from "../shared/IsoDate.ts"
import { type Problem, warning } from "../shared/Problem.ts"
import { type UnitCode, unitCode } from "../shared/UnitCode.ts"
import { successorsAt, type UnitRegistry, unitAt } from "../units/Registry.ts"

/** The mapping and what it refused to map. */
export interface SuccessorMapping {
  /** Old unit → the one new unit that took it whole (or itself, when it continued unchanged). */
  readonly map: ReadonlyMap<UnitCode, UnitCode>
  /** The mapping as the function `rebase` / `rebasedTallyTree` take; unmapped codes give `undefined`. */
  readonly successor: (oldUnit: UnitCode) => UnitCode | undefined
  /**
   * Codes left unmapped, each with why: `lineage.split` (several successors: figures would need shares, and a
   * commune's tier cannot be shared), `lineage.no-successor` (abolished or no lineage), `lineage.unknown-unit`
   * (not valid on `from`).
   */
  readonly flagged: ReadonlyArray<Problem>
}

/**
 * Maps each old unit (as valid on `from`) to the unit valid on `to` it became, following lineage events forward.
 * A unit with exactly one successor maps to it (merged into it, renamed, re-parented or unchanged); a split (two or
 * more successors) is flagged `lineage.split` and left unmapped, so a re-based tally never guesses which part a
 * commune's status or money went to; a unit with none is flagged `lineage.no-successor`.
 *
 * @example
 * const m = successorMapping(laoCaiRegistry, ["02794", "02782"], isoDate("2024-12-31"), isoDate("2025-07-01"))
 * m.successor(unitCode("02794")) // "02782" — Tả Thàng went into the new xã Cao Sơn
 */
export const successorMapping = (
  registry: UnitRegistry,
  oldUnits: Iterable<string>,
  from: IsoDate,
  to: IsoDate,
): SuccessorMapping => {
  const map = new Map<UnitCode, UnitCode>()
  const flagged: Array<Problem> = []
  for (const code of oldUnits) {
    if (unitAt(registry, code, from) === undefined) {
      flagged.push(warning([code], "lineage.unknown-unit", `${code} is not a unit on ${from}`))
      continue
    }
    const next = successorsAt(registry, code, from, to)
    const only = next[0]
    if (next.length === 1 && only !== undefined) map.set(unitCode(code), unitCode(only.code))
    else if (next.length === 0)
      flagged.push(warning([code], "lineage.no-successor", `${code} (on ${from}) has no successor on ${to}`))
    else
      flagged.push(
        warning(
          [code],
          "lineage.split",
          `${code} (on ${from}) was split into ${next.map((u) => u.code).join(", ")} by ${to}; not mapped (no shares are guessed)`,
        ),
      )
  }
  return { map, successor: (old) => map.get(old), flagged }
}
