/** Reads the forms need for their pick-lists (through the typed client, like every page). */
import { loadUnit, mapLimit, run } from "../api.ts"
import { assignedCommunes } from "../model/assigned.ts"
import type { Session } from "../session.ts"

/** A commune to pick: code and name. */
export interface CommuneChoice {
  readonly code: string
  readonly name: string
}

/**
 * The communes an agency records for: its assignments in force on `day` (names from the registry on the day each
 * assignment began, since a commune may have been merged since).
 */
export const communeChoices = async (session: Session, day: string): Promise<ReadonlyArray<CommuneChoice>> => {
  const province = session.province ?? ""
  const helper = session.agency ?? ""
  const page = await run(session.token, (c) =>
    c.assignments.byHelper({ params: { province, helper }, query: { limit: 100 } }),
  )
  return mapLimit(assignedCommunes(page.items, day), 4, async ({ code, since }) => ({
    code,
    name: await loadUnit(session.token, code, since).then(
      (u) => u.unit.name,
      () => code,
    ),
  }))
}
