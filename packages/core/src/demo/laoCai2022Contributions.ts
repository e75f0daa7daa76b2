/** ILLUSTRATIVE 2022 Lào Cai contribution ledger whose confirmed lines total exactly the figures of the source article. */

import type {
  Contribution,
  EvidenceRef,
  Programme,
  Provider,
  StatusChange,
  Valuation,
  ValuationBasis,
} from "../contributions/Contribution.ts"
import { findItem, standardCatalogue } from "../contributions/catalogue.ts"
import { lineValue } from "../contributions/valuation.ts"
import { quantity } from "../money/Quantity.ts"
import { vnd } from "../money/Vnd.ts"
import { isoDate } from "../shared/IsoDate.ts"
import { unitCode } from "../shared/UnitCode.ts"
import { laoCai2022PriceList } from "./laoCai2022PriceList.ts"

/*
 * What is real and what is illustrative:
 * - REAL (sourced): the totals the confirmed lines add up to (laoCai2022Article.ts, S43); the commune codes and
 *   names (lao-cai-units.md §1.2); the provider names (§3.2: agencies praised in 2016, co-organisers at Tả Thàng);
 *   the pair State Bank Lào Cai branch → Tả Thàng (02794), sourced for the 2021 plan [V S24] and assumed to go on in 2022.
 * - ILLUSTRATIVE: every other provider → commune pairing (the QĐ 1599 list was not found), the split of the totals
 *   across lines, dates, unit prices (the demo price list is an assumption, §5.3), the counts of houses and works,
 *   the appraised / invoiced / declared values that make up the rest of the total ("vật liệu sửa và làm nhà",
 *   "nhiều hiện vật có giá trị khác"), and the exact workday and check-up counts (2,040 and 730 stand for the
 *   article's "hơn 2.000" and "hơn 700").
 * - Lines that must NOT count (a pledge, a delivery awaiting confirmation, a rejected and a voided line) are at the end.
 */

const p = (kind: Provider["kind"], id: string, name: string): Provider => ({ kind, id, name })

/** Providers: real names; their pairing with communes is illustrative except SBV → Tả Thàng. */
export const demoProviders = {
  sbv: p("agency", "sbv-lao-cai", "Ngân hàng Nhà nước Việt Nam – Chi nhánh tỉnh Lào Cai"),
  vpUbnd: p("agency", "vp-ubnd-lao-cai", "Văn phòng UBND tỉnh Lào Cai"),
  police: p("agency", "ca-lao-cai", "Công an tỉnh Lào Cai"),
  military: p("agency", "bchqs-lao-cai", "Bộ Chỉ huy Quân sự tỉnh Lào Cai"),
  customs: p("agency", "hai-quan-lao-cai", "Cục Hải quan tỉnh Lào Cai"),
  tax: p("agency", "thue-lao-cai", "Cục Thuế tỉnh Lào Cai"),
  apatit: p("enterprise", "apatit-viet-nam", "Công ty Apatit Việt Nam"),
  dap2: p("enterprise", "dap2-lao-cai", "Công ty CP DAP số 2 Lào Cai"),
  viettel: p("enterprise", "viettel-lao-cai", "Viettel Lào Cai"),
  lpb: p("enterprise", "lpb-lao-cai", "LienVietPostBank Lào Cai"),
} as const

/** Receiving communes (real 2022 codes, type xã, lao-cai-units.md §1.2). */
const X = {
  taThang: "02794",
  lungCai: "02842",
  nanSan: "02800",
  taPhoi: "02677",
  namChac: "02689",
  phaLong: "02752",
  banPho: "02866",
  yTy: "02701",
} as const

type Flow =
  | { readonly kind: "confirmed"; readonly delivered: string; readonly confirmed: string }
  | { readonly kind: "pledged"; readonly pledged: string }
  | { readonly kind: "delivered"; readonly delivered: string }
  | { readonly kind: "rejected"; readonly delivered: string; readonly rejected: string; readonly reason: string }
  | {
      readonly kind: "voided"
      readonly delivered: string
      readonly confirmed: string
      readonly voided: string
      readonly reason: string
    }

interface Spec {
  readonly n: number
  readonly provider: Provider
  readonly commune: string
  readonly item: string
  readonly quantity: string
  readonly unit?: string
  readonly workKind?: string
  readonly programme?: Programme
  readonly basis: ValuationBasis
  readonly unitValue: number
  /** The unit the unit value is quoted per, when not the line's unit. */
  readonly priceUnit?: string
  readonly declaredValue?: number
  readonly evidence?: ReadonlyArray<EvidenceRef>
  readonly flow: Flow
}

const history = (s: Spec, commune: string): [StatusChange, ...Array<StatusChange>] => {
  const byProvider = { kind: "provider" as const, id: s.provider.id }
  const byCommune = { kind: "commune" as const, id: commune }
  const f = s.flow
  switch (f.kind) {
    case "pledged":
      return [{ status: "pledged", date: isoDate(f.pledged), by: byProvider }]
    case "delivered":
      return [{ status: "delivered", date: isoDate(f.delivered), by: byProvider }]
    case "confirmed":
      return [
        { status: "delivered", date: isoDate(f.delivered), by: byProvider },
        { status: "confirmed", date: isoDate(f.confirmed), by: byCommune },
      ]
    case "rejected":
      return [
        { status: "delivered", date: isoDate(f.delivered), by: byProvider },
        { status: "rejected", date: isoDate(f.rejected), by: byCommune, reason: f.reason },
      ]
    case "voided":
      return [
        { status: "delivered", date: isoDate(f.delivered), by: byProvider },
        { status: "confirmed", date: isoDate(f.confirmed), by: byCommune },
        { status: "voided", date: isoDate(f.voided), by: { kind: "office", id: "demo-office" }, reason: f.reason },
      ]
  }
}

const line = (s: Spec): Contribution => {
  const entry = findItem(standardCatalogue, s.item)
  if (entry === undefined) throw new Error(`demo: unknown item ${s.item}`)
  const f = s.flow
  const date = f.kind === "pledged" ? f.pledged : f.delivered
  const valuation: Valuation = {
    basis: s.basis,
    unitValue: vnd(s.unitValue),
    ...(s.priceUnit !== undefined ? { unit: s.priceUnit } : {}),
    ...(s.basis === "price-list" ? { priceListId: laoCai2022PriceList.id } : {}),
  }
  const base = { item: s.item, quantity: quantity(s.quantity), unit: s.unit ?? entry.baseUnit }
  const value = lineValue(base, valuation, standardCatalogue, "half-up")
  if (!value.ok) throw new Error(`demo: cannot value line ${s.n}`)
  const history_ = history(s, s.commune)
  return {
    id: `demo-2022-${String(s.n).padStart(3, "0")}`,
    provider: s.provider,
    commune: unitCode(s.commune),
    date: isoDate(date),
    programme: s.programme ?? "ntm",
    category: entry.category,
    ...base,
    ...(s.workKind !== undefined ? { workKind: s.workKind } : {}),
    valuation,
    value: value.value,
    ...(s.declaredValue !== undefined ? { declaredValue: vnd(s.declaredValue) } : {}),
    evidence: [
      ...(s.evidence ?? [
        {
          kind: "handover-record" as const,
          ref: `DEMO-BBBG-2022-${String(s.n).padStart(3, "0")}`,
          description: "illustrative handover record",
        },
      ]),
    ],
    status: history_[history_.length - 1]!.status,
    history: history_,
    note: "ILLUSTRATIVE demo line: provider pairing, split and unit value are not sourced",
  }
}

const ok = (delivered: string, confirmed: string): Flow => ({ kind: "confirmed", delivered, confirmed })
const appraisal = (n: number): ReadonlyArray<EvidenceRef> => [
  { kind: "appraisal-minutes", ref: `DEMO-BBDG-2022-${n}`, description: "illustrative appraisal minutes" },
]
const invoice = (n: number): ReadonlyArray<EvidenceRef> => [
  { kind: "invoice", ref: `DEMO-HD-2022-${n}`, description: "illustrative invoice" },
]
const { sbv, vpUbnd, police, military, customs, tax, apatit, dap2, viettel, lpb } = demoProviders

/**
 * ILLUSTRATIVE 2022 ledger of help to Lào Cai communes. Its confirmed lines total exactly the article's
 * figures: 16,493,820,000 đồng, of which 643,730,000 cash; 343 t cement (one line in kg, two in half tonnes);
 * 3,285 gift packages; 180 desk sets; 1,980 books and school items; 2,687 sets of clothes and blankets;
 * 34 computers; 2,040 workdays ("hơn 2.000") and 730 check-ups ("hơn 700").
 */
export const laoCai2022Contributions: ReadonlyArray<Contribution> = [
  // Cash (tiền mặt) — 643,730,000
  line({
    n: 1,
    provider: sbv,
    commune: X.taThang,
    item: "tien-mat",
    quantity: "150000000",
    basis: "face-value",
    unitValue: 1,
    flow: ok("2022-03-15", "2022-03-18"),
  }),
  line({
    n: 2,
    provider: apatit,
    commune: X.taPhoi,
    item: "tien-mat",
    quantity: "120500000",
    basis: "face-value",
    unitValue: 1,
    flow: ok("2022-05-10", "2022-05-12"),
  }),
  line({
    n: 3,
    provider: dap2,
    commune: X.namChac,
    item: "tien-mat",
    quantity: "98230000",
    basis: "face-value",
    unitValue: 1,
    flow: ok("2022-06-01", "2022-06-03"),
  }),
  line({
    n: 4,
    provider: viettel,
    commune: X.nanSan,
    item: "tien-mat",
    quantity: "275000000",
    basis: "face-value",
    unitValue: 1,
    flow: ok("2022-08-19", "2022-08-22"),
  }),
  // Workdays (ngày công) — 2,040 days, valued at the labour rate of the commune's zone
  line({
    n: 5,
    provider: military,
    commune: X.yTy,
    item: "ngay-cong",
    quantity: "600",
    workKind: "unskilled",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-04-20", "2022-04-30"),
  }),
  line({
    n: 6,
    provider: police,
    commune: X.lungCai,
    item: "ngay-cong",
    quantity: "500",
    workKind: "unskilled",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-05-15", "2022-05-25"),
  }),
  line({
    n: 7,
    provider: apatit,
    commune: X.taPhoi,
    item: "ngay-cong",
    quantity: "240",
    workKind: "unskilled",
    basis: "price-list",
    unitValue: 180_000,
    flow: ok("2022-07-04", "2022-07-10"),
  }),
  line({
    n: 8,
    provider: dap2,
    commune: X.namChac,
    item: "ngay-cong",
    quantity: "400",
    workKind: "unskilled",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-09-05", "2022-09-15"),
  }),
  line({
    n: 9,
    provider: customs,
    commune: X.phaLong,
    item: "ngay-cong",
    quantity: "299.5",
    workKind: "unskilled",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-10-03", "2022-10-12"),
  }),
  line({
    n: 10,
    provider: customs,
    commune: X.phaLong,
    item: "ngay-cong",
    quantity: "0.5",
    workKind: "unskilled",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-10-13", "2022-10-14"),
  }),
  // Cement (xi măng) — 343 t
  line({
    n: 11,
    provider: sbv,
    commune: X.taThang,
    item: "xi-mang",
    quantity: "50",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-04-05", "2022-04-08"),
  }),
  line({
    n: 12,
    provider: apatit,
    commune: X.taPhoi,
    item: "xi-mang",
    quantity: "120",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-06-14", "2022-06-16"),
  }),
  line({
    n: 13,
    provider: dap2,
    commune: X.namChac,
    item: "xi-mang",
    quantity: "80",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-07-20", "2022-07-22"),
  }),
  line({
    n: 14,
    provider: viettel,
    commune: X.nanSan,
    item: "xi-mang",
    quantity: "57.5",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-08-08", "2022-08-10"),
  }),
  line({
    n: 15,
    provider: viettel,
    commune: X.nanSan,
    item: "xi-mang",
    quantity: "2.5",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-08-25", "2022-08-26"),
  }),
  line({
    n: 16,
    provider: tax,
    commune: X.banPho,
    item: "xi-mang",
    quantity: "33000",
    unit: "kg",
    priceUnit: "t",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-09-12", "2022-09-14"),
  }),
  // Medical check-ups (lượt khám) — 730 visits
  line({
    n: 17,
    provider: police,
    commune: X.lungCai,
    item: "luot-kham",
    quantity: "300",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-06-25", "2022-06-27"),
  }),
  line({
    n: 18,
    provider: military,
    commune: X.yTy,
    item: "luot-kham",
    quantity: "250",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-07-27", "2022-07-29"),
  }),
  line({
    n: 19,
    provider: customs,
    commune: X.phaLong,
    item: "luot-kham",
    quantity: "180",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-11-09", "2022-11-10"),
  }),
  // Gift packages (suất quà) — 3,285
  line({
    n: 20,
    provider: sbv,
    commune: X.taThang,
    item: "suat-qua",
    quantity: "600",
    programme: "sustainable-poverty-reduction",
    basis: "price-list",
    unitValue: 500_000,
    flow: ok("2022-01-20", "2022-01-22"),
  }),
  line({
    n: 21,
    provider: vpUbnd,
    commune: X.lungCai,
    item: "suat-qua",
    quantity: "800",
    programme: "sustainable-poverty-reduction",
    basis: "price-list",
    unitValue: 500_000,
    flow: ok("2022-01-24", "2022-01-26"),
  }),
  line({
    n: 22,
    provider: viettel,
    commune: X.nanSan,
    item: "suat-qua",
    quantity: "500",
    basis: "price-list",
    unitValue: 500_000,
    flow: ok("2022-05-30", "2022-06-01"),
  }),
  line({
    n: 23,
    provider: lpb,
    commune: X.taThang,
    item: "suat-qua",
    quantity: "385",
    basis: "price-list",
    unitValue: 500_000,
    declaredValue: 269_500_000,
    flow: ok("2022-05-31", "2022-06-02"),
  }),
  line({
    n: 24,
    provider: tax,
    commune: X.banPho,
    item: "suat-qua",
    quantity: "450",
    programme: "sustainable-poverty-reduction",
    basis: "price-list",
    unitValue: 500_000,
    flow: ok("2022-09-01", "2022-09-02"),
  }),
  line({
    n: 25,
    provider: apatit,
    commune: X.taPhoi,
    item: "suat-qua",
    quantity: "550",
    basis: "price-list",
    unitValue: 500_000,
    flow: ok("2022-12-20", "2022-12-22"),
  }),
  // Desk sets (bộ bàn ghế) — 180
  line({
    n: 26,
    provider: dap2,
    commune: X.namChac,
    item: "bo-ban-ghe",
    quantity: "100",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-08-15", "2022-08-18"),
  }),
  line({
    n: 27,
    provider: sbv,
    commune: X.taThang,
    item: "bo-ban-ghe",
    quantity: "80",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: ok("2022-08-29", "2022-09-01"),
  }),
  // Books, notebooks, school supplies (sách, vở, dụng cụ học tập) — 1,980
  line({
    n: 28,
    provider: viettel,
    commune: X.nanSan,
    item: "sach-vo",
    quantity: "1000",
    basis: "price-list",
    unitValue: 15_000,
    flow: ok("2022-08-30", "2022-09-02"),
  }),
  line({
    n: 29,
    provider: customs,
    commune: X.phaLong,
    item: "sach-vo",
    quantity: "980",
    basis: "price-list",
    unitValue: 15_000,
    flow: ok("2022-09-01", "2022-09-05"),
  }),
  // Clothes and blankets (bộ quần áo, chăn) — 2,687
  line({
    n: 30,
    provider: military,
    commune: X.yTy,
    item: "quan-ao-chan",
    quantity: "1200",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-11-20", "2022-11-23"),
  }),
  line({
    n: 31,
    provider: police,
    commune: X.lungCai,
    item: "quan-ao-chan",
    quantity: "1000",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-12-01", "2022-12-05"),
  }),
  line({
    n: 32,
    provider: tax,
    commune: X.banPho,
    item: "quan-ao-chan",
    quantity: "487",
    basis: "price-list",
    unitValue: 150_000,
    flow: ok("2022-12-08", "2022-12-09"),
  }),
  // Computers (bộ máy tính) — 34
  line({
    n: 33,
    provider: viettel,
    commune: X.nanSan,
    item: "may-tinh",
    quantity: "20",
    basis: "price-list",
    unitValue: 12_000_000,
    flow: ok("2022-09-05", "2022-09-08"),
  }),
  line({
    n: 34,
    provider: sbv,
    commune: X.taThang,
    item: "may-tinh",
    quantity: "14",
    basis: "price-list",
    unitValue: 12_000_000,
    flow: ok("2022-09-06", "2022-09-09"),
  }),
  // Great-unity houses (nhà đại đoàn kết) — 60 illustrative houses at the demo support value
  line({
    n: 35,
    provider: sbv,
    commune: X.taThang,
    item: "nha-dai-doan-ket",
    quantity: "10",
    basis: "price-list",
    unitValue: 50_000_000,
    flow: ok("2022-10-15", "2022-10-30"),
  }),
  line({
    n: 36,
    provider: apatit,
    commune: X.taPhoi,
    item: "nha-dai-doan-ket",
    quantity: "15",
    basis: "price-list",
    unitValue: 50_000_000,
    flow: ok("2022-10-20", "2022-11-05"),
  }),
  line({
    n: 37,
    provider: dap2,
    commune: X.namChac,
    item: "nha-dai-doan-ket",
    quantity: "15",
    basis: "price-list",
    unitValue: 50_000_000,
    flow: ok("2022-10-25", "2022-11-10"),
  }),
  line({
    n: 38,
    provider: police,
    commune: X.lungCai,
    item: "nha-dai-doan-ket",
    quantity: "10",
    basis: "price-list",
    unitValue: 50_000_000,
    flow: ok("2022-11-01", "2022-11-15"),
  }),
  line({
    n: 39,
    provider: military,
    commune: X.yTy,
    item: "nha-dai-doan-ket",
    quantity: "10",
    basis: "price-list",
    unitValue: 50_000_000,
    flow: ok("2022-11-02", "2022-11-18"),
  }),
  // Community works (đường GTNT, nhà văn hóa, đường điện) — appraised, illustrative values
  line({
    n: 40,
    provider: apatit,
    commune: X.taPhoi,
    item: "cong-trinh",
    quantity: "1",
    basis: "appraised",
    unitValue: 2_000_000_000,
    evidence: appraisal(40),
    flow: ok("2022-11-25", "2022-12-10"),
  }),
  line({
    n: 41,
    provider: dap2,
    commune: X.namChac,
    item: "cong-trinh",
    quantity: "1",
    basis: "appraised",
    unitValue: 1_500_000_000,
    evidence: appraisal(41),
    flow: ok("2022-11-28", "2022-12-12"),
  }),
  line({
    n: 42,
    provider: viettel,
    commune: X.nanSan,
    item: "cong-trinh",
    quantity: "1",
    basis: "appraised",
    unitValue: 1_200_000_000,
    evidence: appraisal(42),
    flow: ok("2022-12-01", "2022-12-14"),
  }),
  line({
    n: 43,
    provider: military,
    commune: X.yTy,
    item: "cong-trinh",
    quantity: "1",
    basis: "appraised",
    unitValue: 900_000_000,
    evidence: appraisal(43),
    flow: ok("2022-12-02", "2022-12-15"),
  }),
  line({
    n: 44,
    provider: police,
    commune: X.lungCai,
    item: "cong-trinh",
    quantity: "1",
    basis: "appraised",
    unitValue: 800_000_000,
    evidence: appraisal(44),
    flow: ok("2022-12-05", "2022-12-16"),
  }),
  line({
    n: 45,
    provider: sbv,
    commune: X.taThang,
    item: "cong-trinh",
    quantity: "1",
    basis: "appraised",
    unitValue: 600_000_000,
    evidence: appraisal(45),
    flow: ok("2022-12-06", "2022-12-19"),
  }),
  // Materials for repairing and building houses (vật liệu sửa và làm nhà) — invoiced, illustrative
  line({
    n: 46,
    provider: apatit,
    commune: X.taPhoi,
    item: "vat-lieu-nha",
    quantity: "1",
    basis: "invoice",
    unitValue: 450_000_000,
    evidence: invoice(46),
    flow: ok("2022-06-20", "2022-06-24"),
  }),
  line({
    n: 47,
    provider: dap2,
    commune: X.namChac,
    item: "vat-lieu-nha",
    quantity: "1",
    basis: "invoice",
    unitValue: 350_000_000,
    evidence: invoice(47),
    flow: ok("2022-07-11", "2022-07-15"),
  }),
  line({
    n: 48,
    provider: tax,
    commune: X.banPho,
    item: "vat-lieu-nha",
    quantity: "1",
    basis: "invoice",
    unitValue: 250_000_000,
    evidence: invoice(48),
    flow: ok("2022-09-19", "2022-09-23"),
  }),
  line({
    n: 49,
    provider: customs,
    commune: X.phaLong,
    item: "vat-lieu-nha",
    quantity: "1",
    basis: "invoice",
    unitValue: 200_000_000,
    evidence: invoice(49),
    flow: ok("2022-10-17", "2022-10-21"),
  }),
  // Other in-kind items of value (nhiều hiện vật có giá trị khác) — donor-declared, illustrative
  line({
    n: 50,
    provider: viettel,
    commune: X.nanSan,
    item: "hien-vat-khac",
    quantity: "1",
    basis: "donor-declared",
    unitValue: 309_640_000,
    flow: ok("2022-12-12", "2022-12-20"),
  }),
  line({
    n: 51,
    provider: vpUbnd,
    commune: X.lungCai,
    item: "hien-vat-khac",
    quantity: "1",
    basis: "donor-declared",
    unitValue: 300_000_000,
    flow: ok("2022-12-13", "2022-12-21"),
  }),
  line({
    n: 52,
    provider: police,
    commune: X.lungCai,
    item: "hien-vat-khac",
    quantity: "1",
    basis: "donor-declared",
    unitValue: 300_000_000,
    flow: ok("2022-12-14", "2022-12-22"),
  }),

  // ---- Lines that must NOT count in the official 2022 totals ----
  // A pledge for Tết 2023, not yet delivered.
  line({
    n: 53,
    provider: viettel,
    commune: X.nanSan,
    item: "suat-qua",
    quantity: "200",
    basis: "price-list",
    unitValue: 500_000,
    flow: { kind: "pledged", pledged: "2022-12-20" },
  }),
  // Delivered, awaiting the commune's confirmation at year end.
  line({
    n: 54,
    provider: customs,
    commune: X.phaLong,
    item: "may-tinh",
    quantity: "5",
    basis: "price-list",
    unitValue: 12_000_000,
    flow: { kind: "delivered", delivered: "2022-12-28" },
  }),
  // Rejected by the commune.
  line({
    n: 55,
    provider: dap2,
    commune: X.namChac,
    item: "xi-mang",
    quantity: "10",
    basis: "price-list",
    unitValue: 1_500_000,
    flow: {
      kind: "rejected",
      delivered: "2022-07-25",
      rejected: "2022-07-27",
      reason: "illustrative: wrong grade, returned to the supplier",
    },
  }),
  // Entered twice; the duplicate was voided by the office.
  line({
    n: 56,
    provider: apatit,
    commune: X.taPhoi,
    item: "tien-mat",
    quantity: "120500000",
    basis: "face-value",
    unitValue: 1,
    flow: {
      kind: "voided",
      delivered: "2022-05-10",
      confirmed: "2022-05-12",
      voided: "2022-05-20",
      reason: "illustrative: duplicate of demo-2022-002",
    },
  }),
]
