/** The rows of a province's xã for a year: units from the registry, each with its stored assessments of the year. */
import { loadAssessments, loadCommunes, mapLimit } from "../api.ts"
import { type CommuneRow, communeRow, unreadableRow } from "../model/communeRow.ts"

const cache = new Map<string, Promise<Array<CommuneRow>>>()

/**
 * Loads (once per token, province and year) every xã of the province on 31 December of `year` and its assessments
 * of that year, six requests at a time. One request per commune: the API has no province-wide assessment list yet.
 */
export const provinceRows = (token: string, province: string, year: number): Promise<Array<CommuneRow>> => {
  const key = `${token}|${province}|${year}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const load = (async () => {
    const communes = await loadCommunes(token, province, `${year}-12-31`)
    return mapLimit(communes, 6, (unit) =>
      loadAssessments(token, province, unit.code, year).then(
        (assessments) => communeRow(unit, assessments, year),
        (e: unknown) => unreadableRow(unit, e instanceof Error ? e.message : String(e)),
      ),
    )
  })()
  load.catch(() => cache.delete(key))
  cache.set(key, load)
  return load
}
