/** Handlers of the public system endpoints. */
import { Api } from "@ntm/api"
import { Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"

/** `GET /v1/health`: answers without touching the database (a liveness check). */
export const SystemLive = HttpApiBuilder.group(Api, "system", (handlers) =>
  handlers.handle("health", () => Effect.succeed({ status: "ok" as const, service: "ntm-api" })),
)
