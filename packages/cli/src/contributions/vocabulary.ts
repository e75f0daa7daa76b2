/** Vietnamese words accepted in import cells for the ledger's codes (loại, chương trình, nhóm, căn cứ, trạng thái). */
import { Contributions } from "@ntm/core"
import { headerKey } from "../table/cells.ts"

const fromNames = (names: Readonly<Record<string, { vi: string; en: string }>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(names).flatMap(([code, n]) => [
      [headerKey(n.vi), code],
      [headerKey(n.en), code],
    ]),
  )

/** Word (normalised with `headerKey`) → code, per field. A code itself is always accepted as written. */
export const vocabulary: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  providerKind: {
    co_quan: "agency",
    don_vi: "agency",
    co_quan_don_vi: "agency",
    doanh_nghiep: "enterprise",
    to_chuc: "organisation",
    cong_dong: "community",
    nhan_dan: "community",
  },
  programme: { ...fromNames(Contributions.Contribution.programmeNames), nong_thon_moi: "ntm", ntm: "ntm" },
  category: fromNames(Contributions.Catalogue.categoryNames),
  basis: {
    menh_gia: "face-value",
    bang_gia: "price-list",
    hoa_don: "invoice",
    ke_khai: "donor-declared",
    tham_dinh: "appraised",
    gia_thi_truong: "market-comparable",
  },
  status: {
    cam_ket: "pledged",
    da_trao: "delivered",
    da_ban_giao: "delivered",
    xac_nhan: "confirmed",
    da_xac_nhan: "confirmed",
    tu_choi: "rejected",
    huy: "voided",
    da_huy: "voided",
  },
  evidenceKind: {
    bien_ban_ban_giao: "handover-record",
    hoa_don: "invoice",
    phieu_thu: "receipt",
    bien_ban_tham_dinh: "appraisal-minutes",
    anh: "photo",
    van_ban: "document",
    khac: "other",
  },
}

/** A cell's word as the code of `field` when it is a known Vietnamese or English name; else the cell unchanged. */
export const codeOf = (field: string, cell: string): string => vocabulary[field]?.[headerKey(cell)] ?? cell
