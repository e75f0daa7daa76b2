/** The stored contribution line (dòng đóng góp): core's line plus where it is, who recorded it, and its correction links. */
import { ContributionRecord } from "@ntm/api"
import { defineEntity } from "../entity.ts"

/**
 * | pattern     | key                                                                                     |
 * | ----------- | --------------------------------------------------------------------------------------- |
 * | primary     | `pk = CONTRIBUTION#<id>`, `sk = CONTRIBUTION`                                           |
 * | byCommune   | gsi1 `COMMUNE#<commune>` / `CONTRIBUTION#<year>#<status>#<date>#<id>`                   |
 * | byProvider  | gsi2 `PROVIDER#<province>#<providerId>` / `CONTRIBUTION#<year>#<status>#<date>#<id>`    |
 * | byYear      | gsi3 `LEDGER#<province>#<year>` / `CONTRIBUTION#<status>#<category>#<date>#<id>`        |
 *
 * Status is part of the sort keys, so a status change rewrites the index keys (the item is re-put whole).
 */
export const ContributionEntity = defineEntity({
  type: "Contribution",
  schemaVersion: 1,
  schema: ContributionRecord,
  id: (c) => c.id,
  scope: (c) => ({
    province: c.province,
    commune: c.commune,
    ...(c.district === undefined ? {} : { district: c.district }),
  }),
  primary: { pk: { prefix: "CONTRIBUTION", composite: ["id"] }, sk: { prefix: "CONTRIBUTION", composite: [] } },
  patterns: {
    byCommune: {
      index: "gsi1",
      pk: { prefix: "COMMUNE", composite: ["commune"] },
      sk: { prefix: "CONTRIBUTION", composite: ["year", "status", "date", "id"] },
    },
    byProvider: {
      index: "gsi2",
      pk: { prefix: "PROVIDER", composite: ["province", "providerId"] },
      sk: { prefix: "CONTRIBUTION", composite: ["year", "status", "date", "id"] },
    },
    byYear: {
      index: "gsi3",
      pk: { prefix: "LEDGER", composite: ["province", "year"] },
      sk: { prefix: "CONTRIBUTION", composite: ["status", "category", "date", "id"] },
    },
  },
})
