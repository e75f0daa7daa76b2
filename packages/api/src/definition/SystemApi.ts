/** Public system endpoints: health. */
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup } from "effect/http-api"

/** `GET /v1/health` body. */
export const Health = Schema.Struct({ status: Schema.Literal("ok"), service: Schema.String })

/** Endpoints anyone may call. */
export class SystemApi extends HttpApiGroup.make("system")
  .add(HttpApiEndpoint.get("health", "/health", { success: Health }))
  .prefix("/v1") {}
