/** The query parameters and response envelope every list endpoint shares. */
import { Schema } from "effect"

/** `?cursor=…&limit=…`: the cursor is opaque (from the previous page); limit 1–100, 50 by default. */
export const PageQuery = {
  cursor: Schema.optionalKey(Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(2048)))),
  limit: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 100 })))),
}

/**
 * A page of `item`: `cursor` is present while more pages follow.
 *
 * @example
 * import { ContributionOut, PageOf } from "@ntm/api"
 * const ContributionPage = PageOf(ContributionOut) // { items: ContributionOut[], cursor?: string }
 */
export const PageOf = <S extends Schema.Top>(item: S) =>
  Schema.Struct({ items: Schema.Array(item), cursor: Schema.optionalKey(Schema.String) })
