/** The rows of a province's xã: units from the registry, each with its stored assessments of the year and the one before. */
import { loadAssessments, loadCommunes, loadProvinceAssessments, mapLimit } from "../api.ts"
import { type CommuneRow, communeRow, unreadableRow } from "../model/communeRow.ts"
import type { Stored, Unit } from "../model/storedByCommune.ts"
import { storedByCommune } from "../model/storedByCommune.ts"

const cache = new Map<string, Promise<Array<Stored>>>()

/** One request per commune, six at a time: for sessions without province-wide read rights (e.g. a district viewer). */
const perCommune = (token: string, province: string, communes: ReadonlyArray<Unit>): Promise<Array<Stored>> =>
  mapLimit(communes, 6, (unit) =>
    loadAssessments(token, province, unit.code).then(
      (assessments): Stored => ({ unit, assessments }),
      (e: unknown): Stored => ({ unit, error: e instanceof Error ? e.message : String(e) }),
    ),
  )

/**
 * Loads (once per token, province and year) every xã of the province on 31 December of `year` with its stored
 * assessments of `year` and the year before: two paged province-wide reads (a slow connection pays a few requests,
 * not one per commune); when the session may not read the whole province, one read per commune instead.
 */
const provinceAssessments = (token: string, province: string, year: number): Promise<Array<Stored>> => {
  const key = `${token}|${province}|${year}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const load = (async () => {
    const communes = await loadCommunes(token, province, `${year}-12-31`)
    const both = await Promise.all([
      loadProvinceAssessments(token, province, year),
      loadProvinceAssessments(token, province, year - 1),
    ]).catch(() => undefined)
    if (both === undefined) return perCommune(token, province, communes)
    return storedByCommune(communes, both.flat())
  })()
  load.catch(() => cache.delete(key))
  cache.set(key, load)
  return load
}

const rowsOf = (stored: ReadonlyArray<Stored>, year: number): Array<CommuneRow> =>
  stored.map((s) =>
    s.assessments === undefined ? unreadableRow(s.unit, s.error ?? "") : communeRow(s.unit, s.assessments, year),
  )

/** The rows of the province's xã (those of 31 December of `year`) for `year`. */
export const provinceRows = async (token: string, province: string, year: number): Promise<Array<CommuneRow>> =>
  rowsOf(await provinceAssessments(token, province, year), year)

/** The same xã's rows for `year` and for the year before (to see who lost the standard). */
export const provinceYears = async (
  token: string,
  province: string,
  year: number,
): Promise<{ readonly rows: Array<CommuneRow>; readonly previous: Array<CommuneRow> }> => {
  const stored = await provinceAssessments(token, province, year)
  return { rows: rowsOf(stored, year), previous: rowsOf(stored, year - 1) }
}
