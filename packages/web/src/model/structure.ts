/** Province structure: the year's xã rolled up by their district (as of the year) or by the unit they became (2025). */
import { type CommuneRow, type TierStatus, tierStatuses } from "./communeRow.ts"

/** The two structures the overview can show. */
export type Structure = "districts" | "today"

/** The tiers that mean "the standard is met" (a tier reached, not a recognition). */
const metTiers: ReadonlySet<TierStatus> = new Set(["model", "advanced", "ntm"])

/** True when a commune's tier status means the NTM standard is met in the year. */
export const meetsStandard = (tier: TierStatus): boolean => metTiers.has(tier)

/**
 * How the xã that make up a group stand: all meet the standard, some do, none do (every one judged), or unknown
 * (none meets it and at least one is indeterminate, unassessed or unreadable). A derived summary of the members,
 * never a status of the group itself: a merged commune is assessed on its own.
 */
export type Standing = "all-met" | "some-met" | "none-met" | "unknown"

/** Standings in display order. */
export const standings: ReadonlyArray<Standing> = ["all-met", "some-met", "none-met", "unknown"]

/** One group (a district, or a unit after 2025) with its members' counts per tier status. */
export interface GroupRow {
  readonly code: string
  readonly name: string
  /** The members' codes, in the rows' order. */
  readonly members: ReadonlyArray<string>
  readonly byTier: Readonly<Record<TierStatus, number>>
  readonly met: number
  readonly standing: Standing
}

/** The groups, sorted by code, and the rows that could not be placed in any group. */
export interface RolledUp {
  readonly groups: ReadonlyArray<GroupRow>
  readonly unplaced: ReadonlyArray<CommuneRow>
}

const standingOf = (byTier: Readonly<Record<TierStatus, number>>, size: number): Standing => {
  const met = byTier.model + byTier.advanced + byTier.ntm
  if (met === size) return "all-met"
  if (met > 0) return "some-met"
  return byTier.none === size ? "none-met" : "unknown"
}

const zero = (): Record<TierStatus, number> =>
  Object.fromEntries(tierStatuses.map((s) => [s, 0])) as Record<TierStatus, number>

/**
 * Groups rows by `groupOf` (a code and a name, or undefined when the row has no group) and counts each group's
 * members per tier status. Every row is in exactly one group or in `unplaced`; nothing is dropped.
 *
 * @example
 * rollUpRows(rows, (r) => r.district === undefined ? undefined : { code: r.district, name: r.district })
 */
export const rollUpRows = (
  rows: ReadonlyArray<CommuneRow>,
  groupOf: (row: CommuneRow) => { readonly code: string; readonly name: string } | undefined,
): RolledUp => {
  const groups = new Map<string, { name: string; members: Array<string>; byTier: Record<TierStatus, number> }>()
  const unplaced: Array<CommuneRow> = []
  for (const row of rows) {
    const g = groupOf(row)
    if (g === undefined) {
      unplaced.push(row)
      continue
    }
    const entry = groups.get(g.code) ?? { name: g.name, members: [], byTier: zero() }
    entry.members.push(row.code)
    entry.byTier[row.tier] += 1
    groups.set(g.code, entry)
  }
  return {
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, g]) => ({
        code,
        name: g.name,
        members: g.members,
        byTier: g.byTier,
        met: g.byTier.model + g.byTier.advanced + g.byTier.ntm,
        standing: standingOf(g.byTier, g.members.length),
      })),
    unplaced,
  }
}

/** How many groups have each standing (every group counted once). */
export const countStandings = (groups: ReadonlyArray<GroupRow>): Array<{ key: Standing; count: number }> =>
  standings.map((key) => ({ key, count: groups.filter((g) => g.standing === key).length }))

/** A unit a commune became: its code and name (from `GET /v1/units/{code}/lineage?at=`). */
export interface Successor {
  readonly code: string
  readonly name: string
}

/**
 * The group of a row in the post-2025 structure: its one successor. A commune with no successor or several
 * (a split) is not placed — its figures are never shared out by guess.
 */
export const successorGroup =
  (successors: ReadonlyMap<string, ReadonlyArray<Successor>>) =>
  (row: CommuneRow): Successor | undefined => {
    const s = successors.get(row.code)
    return s !== undefined && s.length === 1 ? s[0] : undefined
  }

/** The group of a row in the structure of the year: its district (by name; the registry's name on 31 December). */
export const districtGroup = (row: CommuneRow): Successor | undefined =>
  row.district === undefined ? undefined : { code: row.district, name: row.district }
