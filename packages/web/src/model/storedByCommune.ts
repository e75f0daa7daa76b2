/** Groups a province-wide list of assessments under the province's communes (each commune once, in unit order). */
import type { AssessmentView } from "./communeRow.ts"

/** A commune of the province on the day read. */
export type Unit = { readonly code: string; readonly name: string; readonly district?: string }

/** A commune with its stored assessments, or why they could not be read. */
export type Stored = {
  readonly unit: Unit
  readonly assessments?: ReadonlyArray<AssessmentView>
  readonly error?: string
}

/**
 * Each commune of `communes` with exactly the assessments whose `commune` is its code (none → an empty list, i.e.
 * unassessed); assessments of communes not listed are left out.
 *
 * @example
 * storedByCommune([{ code: "02746", name: "Xã Cốc San" }], assessments) // [{ unit, assessments: [...of 02746] }]
 */
export const storedByCommune = (
  communes: ReadonlyArray<Unit>,
  assessments: ReadonlyArray<AssessmentView>,
): Array<Stored> => {
  const by = new Map<string, Array<AssessmentView>>()
  for (const a of assessments) {
    const list = by.get(a.commune)
    if (list === undefined) by.set(a.commune, [a])
    else list.push(a)
  }
  return communes.map((unit) => ({ unit, assessments: by.get(unit.code) ?? [] }))
}
