/**
 * Demo helpers, assignments, activities and difficulties for old Lào Cai. ONE record is sourced: the State Bank
 * of Vietnam, Lào Cai branch, helping xã Tả Thàng (02794) under its 2021 plan (lao-cai-units.md §3.2, S24).
 * Everything else is ILLUSTRATIVE: the helpers named "minh hoạ" are placeholders, and their pairs, dates, people
 * and notes are invented. QĐ 1599/QĐ-UBND (127 provincial leaders for 127 communes, S22) is real, but its
 * pairs and signing date were not found, so no record below claims to come from it.
 */

import type { Activity } from "../assignments/Activity.ts"
import type { AssignmentId, AssignmentRecord } from "../assignments/Assignment.ts"
import type { Difficulty } from "../assignments/Difficulty.ts"
import type { Helper, HelperId } from "../assignments/Helper.ts"
import { isoDate } from "../shared/IsoDate.ts"
import { unitCode } from "../shared/UnitCode.ts"

const h = (s: string) => s as HelperId
const a = (s: string) => s as AssignmentId

/** Helpers: the sourced State Bank branch, and ILLUSTRATIVE placeholders. */
export const demoHelpers: ReadonlyArray<Helper> = [
  {
    id: h("sbv-lao-cai"),
    kind: "agency",
    name: {
      vi: "Ngân hàng Nhà nước Việt Nam – Chi nhánh tỉnh Lào Cai",
      en: "State Bank of Vietnam, Lào Cai branch",
    },
  },
  {
    id: h("agency-a"),
    kind: "agency",
    name: { vi: "Cơ quan cấp tỉnh A (minh hoạ)", en: "Provincial agency A (illustrative)" },
  },
  {
    id: h("agency-b"),
    kind: "agency",
    name: { vi: "Cơ quan cấp tỉnh B (minh hoạ)", en: "Provincial agency B (illustrative)" },
  },
  {
    id: h("enterprise-c"),
    kind: "enterprise",
    name: { vi: "Doanh nghiệp C (minh hoạ)", en: "Enterprise C (illustrative)" },
  },
  {
    id: h("bcd-muong-khuong-1"),
    kind: "steering-committee-member",
    name: {
      vi: "Thành viên BCĐ huyện Mường Khương (minh hoạ)",
      en: "Mường Khương district steering committee member (illustrative)",
    },
  },
]

/** The assignment history. The first record is sourced (S24); the rest are ILLUSTRATIVE. */
export const demoAssignmentLog: ReadonlyArray<AssignmentRecord> = [
  {
    _tag: "Assigned",
    id: a("sbv-ta-thang-2021"),
    helper: h("sbv-lao-cai"),
    commune: unitCode("02794"),
    role: "lead",
    from: isoDate("2021-01-01"),
    to: isoDate("2022-01-01"),
    legalBasis: "Kế hoạch giúp đỡ xã Tả Thàng năm 2021 (NHNN chi nhánh Lào Cai) — S24 vnubw.org.vn",
    note: "Sourced pair. Only the year 2021 is evidenced, so the period is that year. Programme total ≈ 300 m VND (S24).",
  },
  {
    _tag: "Assigned",
    id: a("demo-a-lung-cai"),
    helper: h("agency-a"),
    commune: unitCode("02842"),
    role: "lead",
    from: isoDate("2022-01-01"),
    legalBasis: "ILLUSTRATIVE",
  },
  {
    _tag: "Assigned",
    id: a("demo-b-lung-cai"),
    helper: h("agency-b"),
    commune: unitCode("02842"),
    role: "lead",
    from: isoDate("2023-07-01"),
    legalBasis: "ILLUSTRATIVE",
    supersedes: a("demo-a-lung-cai"),
  },
  {
    _tag: "Assigned",
    id: a("demo-c-muong-hoa"),
    helper: h("enterprise-c"),
    commune: unitCode("03037"),
    role: "support",
    from: isoDate("2022-01-01"),
    legalBasis: "ILLUSTRATIVE",
  },
  {
    _tag: "Assigned",
    id: a("demo-bcd-ta-thang"),
    helper: h("bcd-muong-khuong-1"),
    commune: unitCode("02794"),
    role: "support",
    from: isoDate("2022-03-01"),
    legalBasis: "ILLUSTRATIVE",
  },
  {
    _tag: "Ended",
    id: a("demo-end-c-muong-hoa"),
    assignment: a("demo-c-muong-hoa"),
    on: isoDate("2025-07-01"),
    legalBasis: "ILLUSTRATIVE: districts abolished and communes merged on 1/7/2025",
  },
]

/** ILLUSTRATIVE activities (the 2021 Tả Thàng gift-giving echoes S24, but its date and participants are invented). */
export const demoActivities: ReadonlyArray<Activity> = [
  {
    id: "act-1",
    kind: "gift-giving",
    date: isoDate("2021-06-01"),
    commune: unitCode("02794"),
    helper: h("sbv-lao-cai"),
    assignment: a("sbv-ta-thang-2021"),
    participants: [{ name: "Đại diện NHNN chi nhánh Lào Cai (minh hoạ)", helper: h("sbv-lao-cai") }],
    notes: "ILLUSTRATIVE date. S24 reports gifts to pupils, 3 great-unity houses and a 25 m VND study fund in 2021.",
    contributionIds: ["demo-contribution-1"],
  },
  {
    id: "act-2",
    kind: "plan-consultation",
    date: isoDate("2024-02-20"),
    commune: unitCode("02794"),
    helper: h("bcd-muong-khuong-1"),
    assignment: a("demo-bcd-ta-thang"),
    participants: [{ name: "Cán bộ xã (minh hoạ)", role: "commune official" }],
    notes: "ILLUSTRATIVE: advised on the 2024 plan.",
    contributionIds: [],
  },
  {
    id: "act-3",
    kind: "visit",
    date: isoDate("2023-09-12"),
    commune: unitCode("02842"),
    helper: h("agency-b"),
    assignment: a("demo-b-lung-cai"),
    participants: [{ name: "Tổ công tác cơ quan B (minh hoạ)", helper: h("agency-b") }],
    notes: "ILLUSTRATIVE.",
    contributionIds: [],
  },
]

/** ILLUSTRATIVE difficulties and proposals. */
export const demoDifficulties: ReadonlyArray<Difficulty> = [
  {
    id: "dif-1",
    commune: unitCode("02794"),
    category: "proposal",
    summary: "Đề nghị hỗ trợ xi măng làm đường thôn (minh hoạ)",
    raisedBy: { kind: "commune", unit: unitCode("02794") },
    raisedOn: isoDate("2024-02-20"),
    addressedTo: { level: "district" },
    dueOn: isoDate("2024-04-30"),
    assignment: a("demo-bcd-ta-thang"),
    criterionKeys: ["commune-ntm-2021-2025:2"],
    history: [{ status: "in-progress", on: isoDate("2024-03-05") }],
  },
  {
    id: "dif-2",
    commune: unitCode("02842"),
    category: "obstacle",
    summary: "Vướng mắc thủ tục giải ngân vốn (minh hoạ)",
    raisedBy: { kind: "helper", helper: h("agency-b") },
    raisedOn: isoDate("2023-09-12"),
    addressedTo: { level: "province", agency: "Sở Tài chính (minh hoạ)" },
    history: [
      { status: "in-progress", on: isoDate("2023-09-20") },
      { status: "resolved", on: isoDate("2023-11-02") },
    ],
  },
]
