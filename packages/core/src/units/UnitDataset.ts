/** The document a province loads: its unit versions, lineage events and spelling aliases, as one JSON Schema. */
import { Schema } from "effect"
import { IsoDate } from "../shared/IsoDate.ts"
import { LineageEvent } from "./LineageEvent.ts"
import { Alias } from "./Names.ts"
import { Unit } from "./Unit.ts"

/**
 * A unit dataset (bộ dữ liệu đơn vị hành chính). `coverageFrom` is the first date the dataset vouches for: a unit
 * whose `validFrom` equals it may well be older, and asking about an earlier date gets "unknown", not "did not
 * exist" (see {@link coverageFrom} in `Registry.ts`).
 */
export const UnitDataset = Schema.Struct({
  title: Schema.NonEmptyString,
  coverageFrom: Schema.optionalKey(IsoDate),
  sources: Schema.optionalKey(Schema.Array(Schema.String)),
  units: Schema.Array(Unit),
  events: Schema.Array(LineageEvent),
  aliases: Schema.optionalKey(Schema.Array(Alias)),
})
export type UnitDataset = typeof UnitDataset.Type
/** The JSON form of a unit dataset (bộ dữ liệu đơn vị hành chính). */
export type UnitDatasetJson = typeof UnitDataset.Encoded
