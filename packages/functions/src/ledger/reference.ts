/** The reference data the ledger handlers read besides the table: the units registry and the item catalogue. */
import type { IsoDate, UnitCode } from "@ntm/core"
import { Catalogue, type Validation } from "@ntm/core/contributions"
import { ancestorAt, exists, laoCaiRegistry, type UnitRegistry } from "@ntm/core/units"
import { Context } from "effect"

/** What the ledger needs to place and validate lines: which units existed when, and what can be contributed. */
export interface LedgerReferenceShape {
  readonly registry: UnitRegistry
  readonly catalogue: Catalogue.Catalogue
  /**
   * The price zone of a commune on a date (e.g. its regional-minimum-wage region), for zone-specific prices such as
   * labour rates. None by default: zone-specific entries then never apply (a labour line priced only per zone is a
   * `valuation.no-price` problem) until the province's deployment supplies its zones.
   */
  readonly zoneOf?: ((commune: UnitCode.UnitCode, date: IsoDate.IsoDate) => string | undefined) | undefined
}

/**
 * The ledger's reference data. Default: the shipped Lào Cai registry (lao-cai-units.md) and core's standard
 * catalogue; another province's deployment provides its own through the layer.
 */
export class LedgerReference extends Context.Reference<LedgerReferenceShape>("ntm/LedgerReference", {
  defaultValue: () => ({ registry: laoCaiRegistry, catalogue: Catalogue.standardCatalogue }),
}) {}

/** Which units existed on a date, for core's validation. */
export const unitsAtDate = (ref: LedgerReferenceShape): Validation.UnitsAtDate => ({
  existsAt: (code, date) => exists(ref.registry, code, date),
})

/** Where a commune lay on a date: its province and (before 2025-07-01) its district; undefined if unknown then. */
export const placeOf = (
  ref: LedgerReferenceShape,
  commune: UnitCode.UnitCode,
  date: IsoDate.IsoDate,
): { readonly province: string; readonly district?: string } | undefined => {
  const province = ancestorAt(ref.registry, commune, date, "province")?.code
  if (province === undefined) return undefined
  const district = ancestorAt(ref.registry, commune, date, "district")?.code
  return { province, ...(district === undefined ? {} : { district }) }
}
