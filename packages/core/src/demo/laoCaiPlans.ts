/**
 * ILLUSTRATIVE demo data for commune plans: a small slice of the old Lào Cai hierarchy (real GSO codes and
 * real parent links and 2025 successors from lao-cai-units.md §1.2), with ILLUSTRATIVE assessments and plans.
 * The assessments, criterion results, plan contents, amounts and at-risk thresholds are invented for the demo and
 * are NOT facts about these communes. The only sourced facts used: Mường Hoa (03037) registered for NTM 2024 and
 * Phú Nhuận (02944) for advanced NTM 2024, each at 18/19 criteria in March 2024 (S19); Bản Lầu and Bản Sen were
 * NTM in 2015 (S7). The pack id and criterion keys are the real ones of the Lào Cai 894/QĐ-UBND set over
 * 318/QĐ-TTg Phụ lục I; `laoCaiAssessments.ts` evaluates demo values that reproduce these statuses.
 */

import { criterionKey } from "../criteria/Evaluation.ts"
import { laoCai894Commune } from "../criteria/packs/laoCai894.ts"
import { qd318PhuLucI } from "../criteria/packs/qd318PhuLucI.ts"
import type { AtRiskThresholds } from "../plans/AtRisk.ts"
import type { CommunePlan } from "../plans/CommunePlan.ts"
import type { CommuneStatus, Tier, VillageRecognition } from "../plans/Inputs.ts"
import { isoDate } from "../shared/IsoDate.ts"
import { type UnitCode, unitCode } from "../shared/UnitCode.ts"

/** The real pack the plans are made against: Lào Cai 894/QĐ-UBND commune NTM set over 318/QĐ-TTg Phụ lục I. */
export const DEMO_PACK_ID: string = laoCai894Commune.id

/** The criteria family of that pack: criterion keys are `family:number` (see `criterionKey`). */
const FAMILY = qd318PhuLucI.family

/**
 * The key of criterion `n` of 318/QĐ-TTg Phụ lục I, e.g. `k(10)` = "commune-ntm-2021-2025:10" (Thu nhập).
 *
 * @example
 * ```ts
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * LaoCaiPlans.k(10) // => "commune-ntm-2021-2025:10"
 * ```
 */
export const k = (n: number): string => criterionKey(FAMILY, String(n))

/** The 19 criterion keys of the Lào Cai NTM set, in order (10 = Thu nhập, 17 = Môi trường …). */
export const criterionKeys: ReadonlyArray<string> = qd318PhuLucI.criteria.map((c) => criterionKey(FAMILY, c.code))

const u = unitCode
const FROM = isoDate("2021-01-01")

/** Real parent links (lao-cai-units.md §1.2): province 10 → districts 083, 086, 088 → some of their xã. */
export const demoHierarchyLinks: ReadonlyArray<{ unit: UnitCode; parent: UnitCode; validFrom: typeof FROM }> = [
  ...["083", "086", "088"].map((d) => ({ unit: u(d), parent: u("10"), validFrom: FROM })),
  ...["02776", "02782", "02788", "02791", "02794", "02797"].map((c) => ({
    unit: u(c),
    parent: u("083"),
    validFrom: FROM,
  })),
  ...["02929", "02944"].map((c) => ({ unit: u(c), parent: u("086"), validFrom: FROM })),
  ...["03019", "03037", "03040"].map((c) => ({ unit: u(c), parent: u("088"), validFrom: FROM })),
]

/** Real units from 1 July 2025 (lao-cai-units.md §1.2, §4): new province 15 with the demo communes' successors, no districts. */
export const demoNewHierarchyLinks: ReadonlyArray<{ unit: UnitCode; parent: UnitCode; validFrom: typeof FROM }> = [
  "02782",
  "02788",
  "02905",
  "02908",
  "03037",
].map((c) => ({ unit: u(c), parent: u("15"), validFrom: isoDate("2025-07-01") }))

/** Real old → new commune lineage from 1 July 2025 for the demo communes (NQ 1673/NQ-UBTVQH15, §1.2). */
export const demoSuccessors: ReadonlyMap<UnitCode, UnitCode> = new Map([
  [u("02776"), u("02782")],
  [u("02782"), u("02782")],
  [u("02791"), u("02782")],
  [u("02794"), u("02782")],
  [u("02788"), u("02788")],
  [u("02797"), u("02788")],
  [u("02929"), u("02905")],
  [u("02944"), u("02908")],
  [u("03019"), u("03037")],
  [u("03037"), u("03037")],
  [u("03040"), u("03037")],
])

const status = (
  unit: string,
  year: number,
  tier: Tier,
  failing: ReadonlyArray<string>,
  unknown: ReadonlyArray<string> = [],
): CommuneStatus => {
  const criteria = criterionKeys.map((key) => ({
    key,
    result: failing.includes(key)
      ? ("fail" as const)
      : unknown.includes(key)
        ? ("indeterminate" as const)
        : ("pass" as const),
  }))
  return {
    unit: u(unit),
    year,
    packId: DEMO_PACK_ID,
    tier,
    criteriaMet: criteria.filter((c) => c.result === "pass").length,
    criteriaTotal: criteria.length,
    indeterminate: criteria.filter((c) => c.result === "indeterminate").length,
    criteria,
  }
}

/** ILLUSTRATIVE assessments for 2023 and 2024. */
export const demoStatuses: ReadonlyArray<CommuneStatus> = [
  status("02794", 2023, "none", [k(2), k(5), k(9), k(10), k(11), k(12), k(13), k(14), k(17)]),
  status("02794", 2024, "none", [k(2), k(5), k(10), k(11), k(12), k(13), k(17)], [k(14)]),
  status("02788", 2023, "ntm", []),
  status("02788", 2024, "ntm", []),
  status("02797", 2024, "none", [k(10), k(17)]),
  status("02791", 2024, "none", [k(2), k(5), k(9), k(10), k(11), k(12), k(13), k(17)]),
  status("02776", 2024, "none", [k(2), k(10), k(11), k(12), k(17)]),
  status("02782", 2024, "none", [k(5), k(10), k(11), k(17)]),
  status("02929", 2024, "advanced", []),
  status("02944", 2023, "ntm", []),
  status("02944", 2024, "advanced", []),
  status("03037", 2023, "none", [k(10), k(11)]),
  status("03037", 2024, "ntm", []),
  status("03040", 2023, "ntm", []),
  status("03040", 2024, "none", [k(10), k(17)], [k(15)]),
  status("03019", 2024, "none", [k(2), k(10), k(11), k(13)]),
]

/** ILLUSTRATIVE village recognitions (village ids are invented local ids). */
export const demoVillages: ReadonlyArray<VillageRecognition> = [
  { village: u("02794-01"), commune: u("02794"), tier: "ntm", recognisedOn: isoDate("2024-11-15") },
  { village: u("02788-03"), commune: u("02788"), tier: "ntm", recognisedOn: isoDate("2022-10-01") },
  { village: u("02788-03"), commune: u("02788"), tier: "model", recognisedOn: isoDate("2024-10-01") },
  { village: u("03037-02"), commune: u("03037"), tier: "ntm", recognisedOn: isoDate("2024-09-20") },
]

const all = (intent: "reach" | "maintain", keys: ReadonlyArray<string>) => keys.map((key) => ({ key, intent }))
const others = (except: ReadonlyArray<string>) => criterionKeys.filter((k) => !except.includes(k))

/** ILLUSTRATIVE commune plans (contents and amounts invented). */
export const demoPlans: ReadonlyArray<CommunePlan> = [
  {
    id: "demo-plan-03037-2024",
    unit: u("03037"),
    year: 2024,
    packId: DEMO_PACK_ID,
    targetTier: "ntm",
    criteria: [...all("reach", [k(10), k(11)]), ...all("maintain", others([k(10), k(11)]))],
    resources: [
      { source: "central-budget", amount: 2_000_000_000n },
      { source: "local-budget", amount: 800_000_000n },
      { source: "community", amount: 150_000_000n, note: "workdays and donated land, valued" },
    ],
    note: "ILLUSTRATIVE. Registration for NTM 2024 at 18/19 criteria is sourced (S19); which criterion was missing is not.",
  },
  {
    id: "demo-plan-02944-2024",
    unit: u("02944"),
    year: 2024,
    packId: DEMO_PACK_ID,
    targetTier: "advanced",
    criteria: all("maintain", criterionKeys),
    resources: [{ source: "local-budget", amount: 1_200_000_000n }],
    note: "ILLUSTRATIVE. Registration for advanced NTM 2024 is sourced (S19); the plan contents are not.",
  },
  {
    id: "demo-plan-02794-2024",
    unit: u("02794"),
    year: 2024,
    packId: DEMO_PACK_ID,
    targetTier: "ntm",
    targetYear: 2025,
    criteria: [...all("reach", [k(2), k(5), k(9), k(10), k(11), k(12), k(13), k(14), k(17)])],
    resources: [
      { source: "central-budget", amount: 3_500_000_000n },
      { source: "enterprises", amount: 300_000_000n, note: "help from the assigned agency and enterprises" },
    ],
    note: "ILLUSTRATIVE.",
  },
  {
    id: "demo-plan-03040-2024",
    unit: u("03040"),
    year: 2024,
    packId: DEMO_PACK_ID,
    targetTier: "ntm",
    criteria: all("maintain", criterionKeys),
    resources: [{ source: "local-budget", amount: 400_000_000n }],
    note: "ILLUSTRATIVE: shows a regression (rớt chuẩn) on criteria 10 and 17 and an unclear criterion 15.",
  },
]

/** ILLUSTRATIVE at-risk thresholds: due within a year and 3 or more planned criteria still open. Policy, not fact. */
export const demoAtRiskThresholds: AtRiskThresholds = { maxYearsLeft: 1, minGap: 3 }
