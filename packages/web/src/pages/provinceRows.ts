/** The rows of a province's xã: units from the registry, each with its stored assessments (all years, read once). */
import { loadAssessments, loadCommunes, mapLimit } from "../api.ts"
import { type AssessmentView, type CommuneRow, communeRow, unreadableRow } from "../model/communeRow.ts"

type Unit = { readonly code: string; readonly name: string; readonly district?: string }
type Stored = { readonly unit: Unit; readonly assessments?: ReadonlyArray<AssessmentView>; readonly error?: string }

const cache = new Map<string, Promise<Array<Stored>>>()

/**
 * Loads (once per token, province and year) every xã of the province on 31 December of `year` and all its stored
 * assessments, six requests at a time. One request per commune: the API has no province-wide assessment list yet.
 */
const provinceAssessments = (token: string, province: string, year: number): Promise<Array<Stored>> => {
  const key = `${token}|${province}|${year}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const load = (async () => {
    const communes = await loadCommunes(token, province, `${year}-12-31`)
    return mapLimit(communes, 6, (unit) =>
      loadAssessments(token, province, unit.code).then(
        (assessments): Stored => ({ unit, assessments }),
        (e: unknown): Stored => ({ unit, error: e instanceof Error ? e.message : String(e) }),
      ),
    )
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
