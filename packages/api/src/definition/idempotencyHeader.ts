/** The `Idempotency-Key` request header as an endpoint field: Schema only, so API definitions stay browser-safe. */
import { Schema } from "effect"

/** Endpoint header field: `Idempotency-Key`, 1–200 characters (a UUID is typical). */
export const IdempotencyKeyHeader = {
  "idempotency-key": Schema.optionalKey(
    Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200))),
  ),
}
