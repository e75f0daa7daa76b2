/** The 2022 figures of help to Lào Cai communes, as the source article states them — the facts the demo fixture must reproduce. */

/**
 * 2022 totals of help given by the agencies and units assigned to help communes build NTM in Lào Cai
 * (source: Văn phòng Tỉnh ủy Lào Cai, "Hiệu quả hoạt động giúp đỡ xã xây dựng nông thôn mới", 2023 —
 * /work/shared/domain/source-article-lao-cai-2022.txt; lao-cai-units.md §3.3, S43 [V]):
 * "tổng giá trị quy ra tiền là 16.493,82 triệu đồng, trong đó 643,73 triệu đồng tiền mặt: hỗ trợ hơn 2.000 ngày công,
 * 343 tấn xi măng …; khám chữa bệnh … cho hơn 700 lượt người; tặng 3.285 suất quà, 180 bộ bàn ghế, 1.980 đầu sách, vở,
 * dụng cụ học tập, 2.687 bộ quần áo, chăn, 34 bộ máy tính và nhiều hiện vật có giá trị khác".
 *
 * "More than" figures are lower bounds (`atLeastExclusive`): the article gives no exact count.
 */
export const laoCai2022Article = {
  source:
    "Văn phòng Tỉnh ủy Lào Cai (2023), Hiệu quả hoạt động giúp đỡ xã xây dựng nông thôn mới — lao-cai-units.md S43",
  totalValue: 16_493_820_000n,
  cash: 643_730_000n,
  cementTonnes: "343",
  giftPackages: "3285",
  deskSets: "180",
  booksAndSchoolItems: "1980",
  clothesAndBlanketSets: "2687",
  computers: "34",
  workdays: { atLeastExclusive: "2000" },
  checkUps: { atLeastExclusive: "700" },
} as const
