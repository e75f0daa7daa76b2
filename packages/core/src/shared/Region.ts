/** The socio-economic regions (vùng) that select a threshold column in the 2021–2025 national criteria sets. */
import { Schema } from "effect"
import type { LocalizedText } from "./LocalizedText.ts"

/**
 * Socio-economic region (vùng kinh tế – xã hội), as used by 318/QĐ-TTg's threshold columns.
 * TDMNPB = Trung du và miền núi phía Bắc, DBSH = Đồng bằng sông Hồng, BTB = Bắc Trung Bộ,
 * DHNTB = Duyên hải Nam Trung Bộ, TN = Tây Nguyên, DNB = Đông Nam Bộ, DBSCL = Đồng bằng sông Cửu Long.
 */
export const Region = Schema.Literals(["TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"])
export type Region = typeof Region.Type

/** Every region, in the order the decisions print their columns. */
export const regions: ReadonlyArray<Region> = Region.literals

/** Names of the regions in Vietnamese and English. */
export const regionNames: Readonly<Record<Region, LocalizedText>> = {
  TDMNPB: { vi: "Trung du và miền núi phía Bắc", en: "Northern Midlands and Mountains" },
  DBSH: { vi: "Đồng bằng sông Hồng", en: "Red River Delta" },
  BTB: { vi: "Bắc Trung Bộ", en: "North Central Coast" },
  DHNTB: { vi: "Duyên hải Nam Trung Bộ", en: "South Central Coast" },
  TN: { vi: "Tây Nguyên", en: "Central Highlands" },
  DNB: { vi: "Đông Nam Bộ", en: "Southeast" },
  DBSCL: { vi: "Đồng bằng sông Cửu Long", en: "Mekong River Delta" },
}
