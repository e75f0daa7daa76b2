/** The administrative-unit registries this deployment serves, per province (static data shipped with core). */
import type { IsoDate } from "@ntm/core"
import { laoCaiRegistry, REORGANISATION_DATE, type UnitRegistry } from "@ntm/core/units"
import { Context } from "effect"

/**
 * Unit registries (danh mục đơn vị hành chính) by province code. The default serves the shipped Lào Cai registry
 * for old Lào Cai (GSO province code 10) and for the new Lào Cai (15, since 2025-07-01; before that date code 15 was
 * Yên Bái, see {@link RegistryCompleteFrom}). A province loads its own dataset with `registryFromJson` (which
 * validates it and reports every problem) and provides `UnitRegistries` with its code → registry.
 */
export class UnitRegistries extends Context.Reference<ReadonlyMap<string, UnitRegistry>>("ntm/UnitRegistries", {
  defaultValue: () =>
    new Map([
      ["10", laoCaiRegistry],
      ["15", laoCaiRegistry],
    ]),
}) {}

/**
 * The first day from which a province's registry holds EVERY unit of that province; before it, only some. Absent:
 * complete over the dataset's coverage. Lào Cai's dataset holds only the old Yên Bái (15) communes that formed the
 * new Lào Cai (lao-cai-units.md §4.3), so province 15 is complete from the 2025 reorganisation on: a report of
 * province 15 for an earlier year would leave most of Yên Bái's communes out, and is refused.
 */
export class RegistryCompleteFrom extends Context.Reference<ReadonlyMap<string, IsoDate.IsoDate>>(
  "ntm/RegistryCompleteFrom",
  { defaultValue: () => new Map([["15", REORGANISATION_DATE]]) },
) {}
