/** The source table shared by the shipped packs: ids and descriptions from /work/shared/domain/criteria.md §12. */
import type { Source } from "../Source.ts"

/**
 * Sources cited by the shipped packs. Ids are those of criteria.md §12 (S = structure and rules, P = threshold
 * values); all are secondary (news, legal Q&A sites, provincial copies), none is the official gazette text.
 */
export const sources = {
  S1: {
    id: "S1",
    description: "hethongphapluat, 318/QĐ-TTg full-text page (opening only): title, date, Art. 1 TDMNPB rule",
    url: "https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-thu-tuong-chinh-phu-ban-hanh.html",
  },
  S4: {
    id: "S4",
    description:
      "tintuc.thuvienphapluat on 318/QĐ-TTg: 19 criteria, 5 groups, 7 regions, TDMNPB rule, in force 08/03/2022",
    url: "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025",
  },
  S5: {
    id: "S5",
    description:
      "Dân tộc & Miền núi (baotintuc) on 318/QĐ-TTg: criteria numbering and groups, criterion 3 (≥80%, '4 tại chỗ')",
    url: "https://dantocmiennui.baotintuc.vn/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025-post317608.html",
  },
  S6: {
    id: "S6",
    description:
      "Đối ngoại Lào Cai, article 15210: Lào Cai 894/QĐ-UBND, both 19-criteria lists, TDMNPB and Lào Cai columns",
    url: "http://www.doingoailaocai.vn/vi/bai-viet/15210",
  },
  S7: {
    id: "S7",
    description: "Đối ngoại Lào Cai, article 15216: Lào Cai 1144/QĐ-UBND village sets; district chairman recognises",
    url: "https://doingoailaocai.vn/vi/bai-viet/15216",
  },
  S9: { id: "S9", description: "langngheviet: original four recognition conditions of 18/2022/QĐ-TTg" },
  S10: {
    id: "S10",
    description: "thuvienphapluat article (copy): 18/2022/QĐ-TTg Art. 2–4, Art. 4(1) as amended by 03/2024/QĐ-TTg",
  },
  S11: {
    id: "S11",
    description: "tintuc.thuvienphapluat (04/08/2022): revocation of NTM recognition for communes and districts",
    url: "https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/41861/truong-hop-thu-hoi-quyet-dinh-cong-nhan-xa-dat-chuan-nong-thon-moi",
  },
  S12: { id: "S12", description: "Legal Q&A mirror on 320/QĐ-TTg: district conditions (1)–(4)" },
  S13: {
    id: "S13",
    description: "arit.gov.vn on 211/QĐ-TTg (01/03/2024): widened TDMNPB rule; provinces specify delegated indicators",
  },
  S14: { id: "S14", description: "vietnamnet: PM issued 211/QĐ-TTg on 01/03/2024" },
  S15: { id: "S15", description: "Báo Quảng Nam on 319/QĐ-TTg: model-commune conditions" },
  S16: { id: "S16", description: "langngheviet on 319/QĐ-TTg: model-commune conditions" },
  S17: { id: "S17", description: "Chinhphu.vn media (21/03/2022): 320 date; district satisfaction ≥90%" },
  S18: { id: "S18", description: "ccptnt.vn on MARD 1680/QĐ-BNN-VPĐP (11/05/2022): criterion 3 rules" },
  S19: { id: "S19", description: "lawnet on 1680/QĐ-BNN-VPĐP: criterion 3 rules; district irrigation criterion" },
  S20: { id: "S20", description: "Chinhphu.vn full text of 51/2025/QĐ-TTg (not summarised in the reference)" },
  S21: { id: "S21", description: "VietnamPlus on 51/2025/QĐ-TTg: 10 criteria, 47 indicators, 3 commune groups" },
  S22: { id: "S22", description: "VnEconomy on 51/2025/QĐ-TTg: in force 15/02/2026; group definitions" },
  S24: { id: "S24", description: "Báo Thái Bình (08/05/2024): 211/QĐ-TTg amends district criteria 5 and 6" },
  S28: {
    id: "S28",
    description: "Báo Thanh Hóa via Báo Mới: centralised clean water 15–20% (NTM), 55% (advanced)",
    url: "https://m.baomoi.com/tieu-chi-nuoc-sach-tap-trung-diem-nghen-trong-xay-dung-ntm-o-nhu-thanh/c/44061754.epi",
  },
  S29: { id: "S29", description: "Báo Vĩnh Long (29/03/2023): advanced criteria 13, 17, 18 names" },
  S31: { id: "S31", description: "Dân tộc & Phát triển (08/03/2022): 319/QĐ-TTg conditions" },
  S32: { id: "S32", description: "Báo Thái Bình mirror: 319/QĐ-TTg conditions" },
  S34: {
    id: "S34",
    description: "langngheviet on 18/2022 procedure: conditions, revocation, advanced set for model communes",
  },
  P1: {
    id: "P1",
    description:
      "Unofficial mirror of a thuvienphapluat article (image folder 2022-2, possibly the draft): stunting and e-health-record by region; truncated",
  },
  P3: { id: "P3", description: "LawNet (English): 211/QD-TTg of 01/03/2024; special districts satisfaction ≥ 90%" },
  P5: { id: "P5", description: "vietnam.vn (Lào Cai 2024): hard criteria; traceability indicator of criterion 13" },
} as const satisfies Record<string, Source>

/** Picks entries of the source table, in order. */
export const pick = (...ids: ReadonlyArray<keyof typeof sources>): Array<Source> => ids.map((id) => sources[id])
