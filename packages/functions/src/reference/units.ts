/** The administrative-unit registries this deployment serves, per province (static data shipped with core). */
import { laoCaiRegistry, type UnitRegistry } from "@ntm/core/units"
import { Context } from "effect"

/**
 * Unit registries (danh mục đơn vị hành chính) by province code. The default serves the shipped Lào Cai registry
 * (GSO province code 10). A province loads its own dataset with `registryFromJson` (which validates it and
 * reports every problem) and provides `UnitRegistries` with its code → registry.
 */
export class UnitRegistries extends Context.Reference<ReadonlyMap<string, UnitRegistry>>("ntm/UnitRegistries", {
  defaultValue: () => new Map([["10", laoCaiRegistry]]),
}) {}
