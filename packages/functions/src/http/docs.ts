/** The interactive API docs page (Scalar), served from the copy bundled inside the `effect` package: no CDN. */
import { Api } from "@ntm/api"
import { HttpApiScalar } from "effect/http-api"

/** Where the docs page is served. */
export const DOCS_PATH = "/docs"

/**
 * `GET /docs`: Scalar's API reference for `Api`, with the bearer scheme preselected. The page inlines Scalar's
 * standalone script (about 3 MB, loaded when the layer is built), so it is mounted by the local server only and
 * kept out of the Lambda bundle.
 */
export const DocsLive = HttpApiScalar.layer(Api, {
  path: DOCS_PATH,
  scalar: { authentication: { preferredSecurityScheme: "bearer" }, withDefaultFonts: false },
})
