/** ILLUSTRATIVE 2022 Lào Cai price list for the demo: every price is an ASSUMPTION (lao-cai-units.md §5.3), not an official figure. */
import type { PriceEntry, PriceList } from "../contributions/priceList.ts"
import { vnd } from "../money/Vnd.ts"
import { isoDate } from "../shared/IsoDate.ts"
import { unitCode } from "../shared/UnitCode.ts"

const entry = (
  item: string,
  unit: string,
  unitValue: number,
  source: string,
  extra: { workKind?: string; zone?: string } = {},
): PriceEntry => ({
  item,
  unit,
  ...extra,
  unitValue: vnd(unitValue),
  validFrom: isoDate("2022-01-01"),
  validTo: isoDate("2023-01-01"),
  source,
  assumption: true,
})

const S53 = "lao-cai-units.md §5.3 demo default [B]"

/**
 * DEMO price list for old Lào Cai (province 10), in force 1 Jan – 31 Dec 2022. These are the demo-fixture
 * defaults of lao-cai-units.md §5.3 — **assumptions, NOT facts**, each marked `assumption: true` with its anchor.
 * The official prices to replace them with (provincial labour unit prices, announced cement prices, BHYT
 * consultation prices) were not found (§5.2).
 */
export const laoCai2022PriceList: PriceList = {
  id: "demo-lao-cai-2022",
  province: unitCode("10"),
  name: {
    vi: "Bảng giá MINH HỌA quy đổi hiện vật, Lào Cai 2022 (giả định, không phải giá chính thức)",
    en: "ILLUSTRATIVE in-kind valuation price list, Lào Cai 2022 (assumptions, not official prices)",
  },
  entries: [
    entry(
      "ngay-cong",
      "day",
      150_000,
      `${S53}: workday, Vùng IV commune; ≈ 2024 Vùng IV minimum wage 3,450,000/26 = 132,700, rounded up for on-site work`,
      { workKind: "unskilled", zone: "vung-IV" },
    ),
    entry(
      "ngay-cong",
      "day",
      180_000,
      `${S53}: workday, Vùng II (TP Lào Cai); ≈ 2024 Vùng II minimum wage 4,410,000/26 = 169,600, rounded`,
      { workKind: "unskilled", zone: "vung-II" },
    ),
    entry("xi-mang", "t", 1_500_000, `${S53}: cement PCB30/40 delivered to a commune; order-of-magnitude placeholder`),
    entry(
      "suat-qua",
      "package",
      500_000,
      `${S53}: Tết gift package for a poor household; between the 2020 average (≈ 395k, S34) and 2026 values (≈ 519k; 600k charity)`,
    ),
    entry("luot-kham", "visit", 150_000, `${S53}: medical check-up + basic medicine; placeholder`),
    entry(
      "nha-dai-doan-ket",
      "house",
      50_000_000,
      `${S53}: great-unity house support; 50,000,000 per house from the "Vì người nghèo" fund, Quang Kim 2022 [V S37] (range 30–50 m, S24/S37)`,
    ),
    entry("bo-ban-ghe", "set", 1_500_000, `${S53}: set of pupil desk + chairs; placeholder`),
    entry("sach-vo", "item", 15_000, `${S53}: book / notebook; placeholder`),
    entry("quan-ao-chan", "set", 150_000, `${S53}: clothing item / blanket; placeholder`),
    entry("may-tinh", "unit", 12_000_000, `${S53}: desktop computer; placeholder`),
  ],
}
