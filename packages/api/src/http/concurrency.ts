/** Optimistic concurrency on the wire: the version a client read comes back as `If-Match` or a body `version`. */
import { Schema } from "effect"

/** Endpoint header field: `If-Match: "3"` (a weak `W/"3"` is accepted too). */
export const IfMatchHeader = { "if-match": Schema.optionalKey(Schema.String) }

/** Body field for clients that cannot set headers. */
export const VersionField = Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))))
