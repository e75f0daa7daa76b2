/** Lineage events (sắp xếp đơn vị hành chính): merges, splits, renames, re-parenting and abolitions, dated. */
import { Schema } from "effect"
import { IsoDate } from "../shared/IsoDate.ts"
import { UnitCode } from "../shared/UnitCode.ts"

/**
 * Kind of change:
 * - `merge` (nhập) many → one; `split` (chia) one → many; `rename` (đổi tên) and `reparent` (điều chỉnh cấp trên)
 *   one → one; `abolish` (giải thể, e.g. districts on 2025-07-01) many → none; `establish` (thành lập) none → many;
 * - `adjust` (điều chỉnh địa giới) many → many, e.g. parts of one unit moved to two others.
 */
export const LineageKind = Schema.Literals(["merge", "split", "rename", "reparent", "abolish", "establish", "adjust"])
export type LineageKind = typeof LineageKind.Type

/** A positive integer weight: a share of a split is `weight / sum of weights`. */
export const Weight = Schema.Int.pipe(Schema.check(Schema.isGreaterThan(0)))

/** How one `from` unit's figures are shared among the `to` units (phân bổ), as integer weights. */
export const Allocation = Schema.Struct({
  from: UnitCode,
  shares: Schema.NonEmptyArray(Schema.Struct({ to: UnitCode, weight: Weight })),
})
export type Allocation = typeof Allocation.Type

/**
 * A lineage event effective on `date`. Codes in `from` name the versions valid the day before `date`; codes in
 * `to` name the versions valid on `date`. A unit listed on both sides continues through the event (e.g. TT Bắc Hà
 * absorbing xã Tà Chải on 2024-11-01). A `from` unit with one `to` unit passes whole; with several `to` units it
 * needs an `allocations` entry, otherwise re-based figures come back "unallocatable".
 */
export const LineageEvent = Schema.Struct({
  /** Stable id, unique in the dataset. */
  id: Schema.NonEmptyString,
  kind: LineageKind,
  /** Effective date (ngày có hiệu lực). */
  date: IsoDate,
  from: Schema.Array(UnitCode),
  to: Schema.Array(UnitCode),
  /** Split shares, where known. */
  allocations: Schema.optionalKey(Schema.Array(Allocation)),
  /** Legal basis (căn cứ), e.g. "NQ 1673/NQ-UBTVQH15 (16/06/2025), Điều 1 khoản 90". */
  basis: Schema.NonEmptyString,
  note: Schema.optionalKey(Schema.String),
})
export type LineageEvent = typeof LineageEvent.Type
