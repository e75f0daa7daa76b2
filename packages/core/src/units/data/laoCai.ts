/** Lào Cai's units over time: old Lào Cai (10), the old Yên Bái units it absorbed, and the new Lào Cai (15). */
import { type IsoDate, isoDate } from "../../shared/IsoDate.ts"
import { indexTrustedDataset } from "../indexDataset.ts"
import type { UnitRegistry } from "../Registry.ts"
import type { UnitDataset, UnitDatasetJson } from "../UnitDataset.ts"
import { newLaoCaiUnits, oldLaoCaiCommunes, oldLaoCaiDistricts, oldYenBaiCommunes } from "./laoCaiTables.ts"

/**
 * Start of the dataset's coverage — a sentinel, not a legal date. lao-cai-units.md gives the 152-unit composition
 * for "2021 → 31 Oct 2024" (S1 snapshots Nov 2021 … Sep 2024) but not when each unit was created, so every unit
 * that existed then starts here. The 2019–2021 merges that produced it are not in the dataset: their old codes are
 * not in the source (see docs/admin-units.md, "Gaps").
 */
export const LAO_CAI_COVERAGE_FROM: IsoDate = isoDate("2021-01-01")
/** Xã Tà Chải merged into TT Bắc Hà: NQ 1197/NQ-UBTVQH15, in force 1 Nov 2024 [V S4]. */
export const TA_CHAI_MERGE_DATE: IsoDate = isoDate("2024-11-01")
/** The 2025 reorganisation: new provinces and communes operate, districts end, from 1 Jul 2025 [V S2]. */
export const REORGANISATION_DATE: IsoDate = isoDate("2025-07-01")

const NQ_1673 = "NQ 1673/NQ-UBTVQH15 (16/06/2025)"

const yenBaiNote = (district: string): string =>
  `Old district: ${district}. Its GSO district code is not in lao-cai-units.md, so the unit sits directly under the province.`

/** The Lào Cai dataset as JSON — the same shape another province would load. */
export const laoCaiDatasetJson: UnitDatasetJson = {
  title: "Lào Cai: old Lào Cai (10) and old Yên Bái (15) to the new Lào Cai (15), 2021 onwards",
  coverageFrom: LAO_CAI_COVERAGE_FROM,
  sources: [
    "S1 GitHub thanglequoc/vietnamese-provinces-database (GSO API data; commits 32437768, ea50c903, HEAD)",
    "S2 GitHub dvhcvn/20250701 (NQ 1673/NQ-UBTVQH15 full text, GSO 1027/CTK-CSCL, mapping/merges.json)",
    "S3 GitHub vanducng/don-vi-hanh-chinh-2025 (VnExpress lookup; independent lineage check)",
    "S4 baolaocai.vn: Từ ngày 1/11/2024, xã Tà Chải nhập vào thị trấn Bắc Hà (NQ 1197/NQ-UBTVQH15)",
    "Transcribed from /work/shared/domain/lao-cai-units.md §1.1, §1.2, §4.3",
  ],
  units: [
    {
      code: "10",
      name: "Tỉnh Lào Cai",
      type: "province",
      validFrom: LAO_CAI_COVERAGE_FROM,
      validTo: REORGANISATION_DATE,
      region: "TDMNPB",
    },
    {
      code: "15",
      name: "Tỉnh Yên Bái",
      type: "province",
      validFrom: LAO_CAI_COVERAGE_FROM,
      validTo: REORGANISATION_DATE,
      region: "TDMNPB",
      note: "Only the communes named in lao-cai-units.md §4.3 are included (all 168 that formed the new Lào Cai).",
    },
    { code: "15", name: "Tỉnh Lào Cai", type: "province", validFrom: REORGANISATION_DATE, region: "TDMNPB" },
    ...oldLaoCaiDistricts.map(([code, name, type]) => ({
      code,
      name,
      type,
      parent: "10",
      validFrom: LAO_CAI_COVERAGE_FROM,
      validTo: REORGANISATION_DATE,
    })),
    ...oldLaoCaiCommunes.map(([code, name, type, district]) => ({
      code,
      name,
      type,
      parent: district,
      validFrom: LAO_CAI_COVERAGE_FROM,
      validTo: code === "02872" ? TA_CHAI_MERGE_DATE : REORGANISATION_DATE,
      ...(code === "02839"
        ? { note: "Took in xã Tà Chải (02872) on 2024-11-01 and continued (NQ 1197/NQ-UBTVQH15)." }
        : {}),
    })),
    ...oldYenBaiCommunes.map(([code, name, type, district]) => ({
      code,
      name,
      type,
      parent: "15",
      validFrom: LAO_CAI_COVERAGE_FROM,
      validTo: REORGANISATION_DATE,
      note: yenBaiNote(district),
    })),
    ...newLaoCaiUnits.map(([, code, name, type]) => ({
      code,
      name,
      type,
      parent: "15",
      validFrom: REORGANISATION_DATE,
    })),
  ],
  events: [
    {
      id: "NQ1197-ta-chai",
      kind: "merge",
      date: TA_CHAI_MERGE_DATE,
      from: ["02839", "02872"],
      to: ["02839"],
      basis: "NQ 1197/NQ-UBTVQH15 (in force 01/11/2024)",
      note: "Xã Tà Chải merged into Thị trấn Bắc Hà, which continued.",
    },
    {
      id: "NQ202-province",
      kind: "merge",
      date: REORGANISATION_DATE,
      from: ["10", "15"],
      to: ["15"],
      basis: "NQ 202/2025/QH15 (12/06/2025)",
      note: "Old Lào Cai (10) and old Yên Bái (15) became the new Tỉnh Lào Cai, which keeps code 15.",
    },
    {
      id: "2025-districts",
      kind: "abolish",
      date: REORGANISATION_DATE,
      from: oldLaoCaiDistricts.map(([code]) => code),
      to: [],
      basis: "Two-tier local government from 01/07/2025: the district level ended (NQ 202/2025/QH15 context)",
      note: "District figures cannot be re-based; re-base the communes and roll up instead.",
    },
    ...newLaoCaiUnits.map(([khoan, code, , , , from]) => ({
      id: `NQ1673-${code}`,
      kind: from.length === 1 ? ("reparent" as const) : ("merge" as const),
      date: REORGANISATION_DATE,
      from: [...from],
      to: [code],
      basis: `${NQ_1673}, Điều 1 khoản ${khoan}${khoan === 92 ? " (not rearranged)" : ""}`,
    })),
  ],
  aliases: [
    { name: "Tả Ngải Chồ", variants: ["Tả Ngài Chồ"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Nàn Xín", variants: ["Nàn Sín"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Nậm Rạng", variants: ["Nậm Dạng"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Nậm Chầy", variants: ["Nậm Chày"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Thẩm Dương", variants: ["Thẳm Dương"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Mù Căng Chải", variants: ["Mù Cang Chải"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Tà Si Láng", variants: ["Tà Xi Láng"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Dế Su Phình", variants: ["Dế Xu Phình"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Hát Lìu", variants: ["Hát Lừu"], source: "lao-cai-units.md alias table (resolution spelling)" },
    { name: "Bản Sen", variants: ["Bản Xen"], source: "lao-cai-units.md §1.2 (spelling of the S7 article)" },
  ],
}

/**
 * The decoded Lào Cai dataset. The literal above is already in decoded form (no field of `UnitDataset` transforms),
 * so it is used as is; `test/units/laoCai.test.ts` decodes and validates it with `registryFromJson` and checks that
 * the result equals it, with no problem and no warning.
 */
export const laoCaiDataset: UnitDataset = laoCaiDatasetJson as UnitDataset

/**
 * The Lào Cai registry, indexed at load without validating again (the tests do; validating and decoding here cost
 * every process that imports `@ntm/core/units` — a Lambda cold start among them — about 30 ms).
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { laoCaiRegistry, unitAt } from "@ntm/core/units"
 * unitAt(laoCaiRegistry, "02647", IsoDate.isoDate("2025-07-01"))?.name // => "Phường Lào Cai"
 * ```
 */
export const laoCaiRegistry: UnitRegistry = indexTrustedDataset(laoCaiDataset)

/**
 * Area class of each new unit under QĐ 2167/QĐ-UBND (23/06/2026) on investment-incentive areas, as printed in §4.3
 * [V S31, secondary]. It is NOT the ĐBKK classification of 318/QĐ-TTg, so it is kept apart from `classifications`.
 */
export const laoCaiInvestmentAreaClass2026: ReadonlyMap<string, "especially-difficult" | "difficult"> = new Map(
  newLaoCaiUnits.flatMap(([, code, , , , , cls]) => (cls === undefined ? [] : [[code, cls] as const])),
)
