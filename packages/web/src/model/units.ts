/** The xã of a province on a date, from the unit registry's districts and commune-level units. */

/** The unit fields the dashboard reads. */
export interface UnitView {
  readonly code: string
  readonly name: string
  readonly type: string
  readonly parent?: string
}

/**
 * The xã (type `commune`) under `province`, directly (two-level structure, from 2025-07-01) or through one of its
 * `districts`, sorted by code; each with its district's name. Wards and townships are left out: the NTM
 * programme assesses xã only (the programme hierarchy of `docs/demo-data.md`).
 *
 * @example
 * provinceCommunes("10", districts, communes).length // the xã of old Lào Cai on that date
 */
export const provinceCommunes = (
  province: string,
  districts: ReadonlyArray<UnitView>,
  communes: ReadonlyArray<UnitView>,
): Array<{ code: string; name: string; district?: string }> => {
  const byCode = new Map(districts.filter((d) => d.parent === province).map((d) => [d.code, d.name]))
  return communes
    .filter((c) => c.type === "commune" && c.parent !== undefined && (c.parent === province || byCode.has(c.parent)))
    .map((c) => {
      const district = c.parent === undefined ? undefined : byCode.get(c.parent)
      return { code: c.code, name: c.name, ...(district === undefined ? {} : { district }) }
    })
    .sort((a, b) => a.code.localeCompare(b.code))
}
