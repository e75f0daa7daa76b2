/** Sorting and filtering the communes table (diacritics-insensitive search, stable sorts, unassessed last). */
import { type CommuneRow, type TierStatus, tierStatuses } from "./communeRow.ts"

/** A sortable column. */
export type SortKey = "name" | "code" | "district" | "tier" | "met" | "indeterminate"

/** Sort direction. */
export type SortDirection = "asc" | "desc"

/**
 * Table filters: free text over name and code, one tier (or all), one district, a range of criteria met (rows without a count
 * never match a range), with or without indeterminate criteria, and one assigned helping agency.
 */
export interface Filter {
  readonly text: string
  readonly tier?: TierStatus | undefined
  /** The district (huyện) of the year, by name as listed. */
  readonly district?: string | undefined
  readonly minMet?: number | undefined
  readonly maxMet?: number | undefined
  /** "some": at least one criterion indeterminate; "none": counted and none indeterminate. */
  readonly indeterminate?: "some" | "none" | undefined
  /** A helper (agency id) assigned to the commune, read through `helpersOf`. */
  readonly agency?: string | undefined
}

/**
 * Folds text for search: lower case, without diacritics, đ → d ("Xã Cốc San" → "xa coc san").
 *
 * @example
 * fold("Đà Lạt") // "da lat"
 */
export const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/giu, "d").toLowerCase()

const inRange = (r: CommuneRow, min: number | undefined, max: number | undefined): boolean =>
  (min === undefined && max === undefined) ||
  (r.met !== undefined && (min === undefined || r.met >= min) && (max === undefined || r.met <= max))

const indeterminateMatches = (r: CommuneRow, want: Filter["indeterminate"]): boolean =>
  want === undefined ||
  (want === "some" ? (r.indeterminate ?? 0) > 0 : r.indeterminate !== undefined && r.indeterminate === 0)

/**
 * The rows matching every filter, in their order. `helpersOf` gives a commune's assigned helpers (for `agency`).
 *
 * @example
 * filterRows(rows, { text: "coc san", minMet: 15 }).length
 */
export const filterRows = (
  rows: ReadonlyArray<CommuneRow>,
  filter: Filter,
  helpersOf: (code: string) => ReadonlyArray<string> = () => [],
): Array<CommuneRow> => {
  const needle = fold(filter.text.trim())
  return rows.filter(
    (r) =>
      (filter.tier === undefined || r.tier === filter.tier) &&
      (filter.district === undefined || r.district === filter.district) &&
      (needle === "" || fold(r.name).includes(needle) || r.code.includes(needle)) &&
      inRange(r, filter.minMet, filter.maxMet) &&
      indeterminateMatches(r, filter.indeterminate) &&
      (filter.agency === undefined || helpersOf(r.code).includes(filter.agency)),
  )
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true })

/** The value a row sorts by on `key` (undefined when the row has none). */
const sortValue = (r: CommuneRow, key: SortKey): string | number | undefined => {
  switch (key) {
    case "tier":
      return tierStatuses.indexOf(r.tier)
    case "met":
      return r.met
    case "indeterminate":
      return r.indeterminate
    case "district":
      return r.district
    default:
      return r[key]
  }
}

/**
 * Sorts rows by `key` (stable: equal rows keep their order; ties broken by nothing else). Rows without a value
 * (unassessed) come last in both directions. Tier sorts from the highest tier down in "asc".
 *
 * @example
 * sortRows(rows, "met", "desc")[0]?.met // the most criteria met
 */
export const sortRows = (
  rows: ReadonlyArray<CommuneRow>,
  key: SortKey,
  direction: SortDirection,
): Array<CommuneRow> => {
  const sign = direction === "asc" ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index
        return a.value === undefined ? 1 : -1
      }
      const c =
        typeof a.value === "number" && typeof b.value === "number"
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value))
      return c !== 0 ? sign * c : a.index - b.index
    })
    .map((x) => x.row)
}
