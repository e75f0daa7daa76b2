/** The stored price list (bảng giá): core's price list plus the date it takes effect and the province's valuation policy. */
import { PriceListRecord } from "@ntm/api"
import { defineEntity } from "../entity.ts"

/** The id of a province's list taking effect on a date. */
export const priceListId = (province: string, effectiveFrom: string): string => `${province}-${effectiveFrom}`

/**
 * | pattern     | key                                                                      |
 * | ----------- | ------------------------------------------------------------------------ |
 * | primary     | `pk = PRICELIST#<id>`, `sk = PRICELIST`                                  |
 * | byProvince  | gsi1 `PROVINCE#<province>` / `PRICELIST#<effectiveFrom>#<id>`            |
 */
export const PriceListEntity = defineEntity({
  type: "PriceList",
  schemaVersion: 1,
  schema: PriceListRecord,
  id: (p) => p.id,
  scope: (p) => ({ province: p.province }),
  primary: { pk: { prefix: "PRICELIST", composite: ["id"] }, sk: { prefix: "PRICELIST", composite: [] } },
  patterns: {
    byProvince: {
      index: "gsi1",
      pk: { prefix: "PROVINCE", composite: ["province"] },
      sk: { prefix: "PRICELIST", composite: ["effectiveFrom", "id"] },
    },
  },
})
