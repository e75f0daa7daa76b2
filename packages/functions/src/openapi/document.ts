/** The OpenAPI 3.1 document of `Api`, as served at `/openapi.json` and committed as `docs/openapi.json`. */

import { fileURLToPath } from "node:url"
import { Api } from "@ntm/api"
import { OpenApi } from "effect/http-api"

/** The document, generated from the one API definition. */
export const openApiDocument = () => OpenApi.fromApi(Api)

/** The committed copy's text: pretty JSON with a trailing newline. */
export const openApiText = (): string => `${JSON.stringify(openApiDocument(), null, 2)}\n`

/** Where the committed copy lives (repo `docs/openapi.json`). */
export const committedPath = fileURLToPath(new URL("../../../../docs/openapi.json", import.meta.url))
