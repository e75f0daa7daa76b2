/** Vietnamese and English labels the help report shows for ledger codes: provider kinds, valuation bases, why a figure is unplaced. */
import type { ProviderKind, ValuationBasis } from "../../contributions/Contribution.ts"
import type { LocalizedText } from "../../shared/LocalizedText.ts"
import type { Unplaced } from "../../units/aggregate.ts"

/** Provider kinds (loại bên hỗ trợ). */
export const providerKindNames: Readonly<Record<ProviderKind, LocalizedText>> = {
  agency: { vi: "Cơ quan, đơn vị", en: "Agency or unit" },
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
  organisation: { vi: "Tổ chức khác", en: "Other organisation" },
  community: { vi: "Cộng đồng, nhân dân", en: "Community" },
}

/** Valuation bases (căn cứ quy đổi), plus lines not yet valued. */
export const basisNames: Readonly<Record<ValuationBasis | "unvalued", LocalizedText>> = {
  "face-value": { vi: "Tiền mặt theo mệnh giá", en: "Cash at face value" },
  "price-list": { vi: "Theo bảng giá của tỉnh", en: "Provincial price list" },
  invoice: { vi: "Theo hóa đơn, chứng từ", en: "Invoice or receipt" },
  "donor-declared": { vi: "Theo giá trị bên hỗ trợ kê khai", en: "Value declared by the provider" },
  appraised: { vi: "Theo hội đồng định giá", en: "Appraisal council" },
  "market-comparable": { vi: "Theo giá thị trường tương đương", en: "Market price of an equivalent item" },
  unvalued: { vi: "Chưa quy ra tiền", en: "Not valued yet" },
}

/** Why a figure could not be placed on a unit (units/aggregate.ts). */
export const unplacedReasonNames: Readonly<Record<Unplaced<unknown>["reason"], LocalizedText>> = {
  "unknown-unit": { vi: "Mã đơn vị không có trong danh mục vào ngày đó", en: "Unit code unknown on that date" },
  "no-unit-at-level": { vi: "Không thuộc đơn vị cấp huyện nào", en: "Not inside any district" },
  backwards: { vi: "Ngày quy đổi trước ngày số liệu", en: "Target date before the figure's date" },
  "no-lineage": { vi: "Đơn vị kết thúc mà không có quyết định sắp xếp", en: "Unit ended without a lineage event" },
  abolished: { vi: "Đơn vị bị giải thể, không có đơn vị kế thừa", en: "Unit abolished without successor" },
  "split-without-allocation": {
    vi: "Đơn vị bị chia tách, chưa có tỷ lệ phân bổ",
    en: "Unit split with no allocation weights",
  },
}

/** Reconciliation states (đối chiếu). */
export const reconciliationStateNames: Readonly<Record<"agreed" | "awaiting" | "differs", LocalizedText>> = {
  agreed: { vi: "Khớp", en: "Agreed" },
  awaiting: { vi: "Chờ xã xác nhận", en: "Awaiting the commune" },
  differs: { vi: "Chênh lệch", en: "Differs" },
}
