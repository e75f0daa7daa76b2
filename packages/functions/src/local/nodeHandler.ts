/** Runs the app's effect HTTP router straight on node's request and response (the local server's path to the API). */
import type { ServerResponse } from "node:http"
import { RequestAuth } from "@ntm/api"
import { Context, Effect, Exit, Layer, Scope } from "effect"
import { Cookies, HttpEffect, HttpRouter, HttpServerRequest, HttpServerResponse } from "effect/http"
import type { Claims } from "../auth/claims.ts"
import type { AppLayer } from "../http/app.ts"
import type { NodeRequest } from "./nodeRequest.ts"

/** Writes a WHATWG `Response` to a node response: headers (every `set-cookie` kept apart), status, body bytes. */
export const sendWeb = async (res: ServerResponse, response: Response): Promise<void> => {
  const headers: Record<string, string | Array<string>> = {}
  response.headers.forEach((v, k) => {
    if (k !== "set-cookie") headers[k] = v
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers["set-cookie"] = cookies
  res.writeHead(response.status, headers)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/** The 500 problem the local server answers when it cannot answer otherwise. */
export const sendInternalError = (res: ServerResponse): void => {
  if (!res.headersSent) res.writeHead(500, { "content-type": "application/problem+json" })
  res.end(JSON.stringify({ type: "urn:ntm:problem:internal", title: "Internal error", status: 500 }))
}

/**
 * The node headers of `response`: its header record (minus `content-length` for 204 / 205) and its cookies as
 * `set-cookie` lines after any `set-cookie` header — what the WHATWG `Response` effect would have built held.
 */
const nodeHeaders = (response: HttpServerResponse.HttpServerResponse): Record<string, string | Array<string>> => {
  const out: Record<string, string | Array<string>> = {}
  const cookies: Array<string> = []
  for (const [k, v] of Object.entries(response.headers)) {
    if (k === "set-cookie") cookies.push(v)
    else if (!(k === "content-length" && (response.status === 204 || response.status === 205))) out[k] = v
  }
  if (!Cookies.isEmpty(response.cookies)) cookies.push(...Cookies.toSetCookieHeaders(response.cookies))
  if (cookies.length > 0) out["set-cookie"] = cookies
  return out
}

/**
 * Writes effect's response to the node response of `request`. Empty and byte bodies (every API answer) are written
 * directly; HEAD and 204 / 205 / 304 get no body. Other bodies (streams, raw, form data) go through effect's own
 * WHATWG conversion, as before. A response node refuses (say a header with a bad character) becomes the 500 problem.
 */
const handleResponse =
  (context: Context.Context<never>) =>
  (request: HttpServerRequest.HttpServerRequest, response: HttpServerResponse.HttpServerResponse) => {
    const res = (request as NodeRequest).response
    const withoutBody = request.method === "HEAD" || HttpServerResponse.omitsBody(response)
    const body = response.body
    if (!withoutBody && body._tag !== "Empty" && body._tag !== "Uint8Array")
      return Effect.promise(() =>
        sendWeb(res, HttpServerResponse.toWeb(response, { context })).catch((e: unknown) => {
          console.error(e)
          sendInternalError(res)
        }),
      )
    try {
      const headers = nodeHeaders(response)
      if (body._tag === "Uint8Array" && headers["content-type"] === undefined && body.text !== undefined)
        headers["content-type"] = "text/plain;charset=UTF-8" // as `new Response(text)` adds
      res.writeHead(response.status, headers)
      if (withoutBody || body._tag !== "Uint8Array") res.end()
      else res.end(body.text ?? body.body)
    } catch (e) {
      console.error(e)
      sendInternalError(res)
    }
    return Effect.void
  }

/** Serves one request with its verified claims (`RequestAuth`); resolves when the answer is written. */
export type NodeHandler = (request: NodeRequest, claims: Claims | undefined) => Promise<void>

/**
 * Builds the app's router (sharing the app's memo map, so its services and routes are the ones its web handler
 * uses) and returns a handler running it per request, with `dispose`.
 *
 * @example
 * const node = makeNodeHandler(app.layer)
 * await node.handler(new NodeRequest(req, res, url, "GET", headers, undefined), claims)
 */
export const makeNodeHandler = (
  app: AppLayer,
): { readonly handler: NodeHandler; readonly dispose: () => Promise<void> } => {
  const scope = Scope.makeUnsafe()
  const built = Effect.runPromise(
    Effect.gen(function* () {
      const context = yield* Layer.buildWithMemoMap(
        Layer.provideMerge(app.layer as Layer.Layer<unknown, unknown>, HttpRouter.layer),
        app.memoMap,
        scope,
      )
      const router = Context.get(context, HttpRouter.HttpRouter)
      const handled = HttpEffect.toHandled(router.asHttpEffect(), handleResponse(context as Context.Context<never>))
      return { context: context as Context.Context<never>, handled }
    }),
  )
  built.catch(() => {}) // a failed build rejects every request instead of crashing at start
  let ready: Awaited<typeof built> | undefined
  void built.then((b) => {
    ready = b
  })
  const run = (b: Awaited<typeof built>, request: NodeRequest, claims: Claims | undefined) =>
    new Promise<void>((resolve) => {
      const context = Context.add(
        Context.add(b.context, RequestAuth, { claims }),
        HttpServerRequest.HttpServerRequest,
        request,
      )
      Effect.runForkWith(context)(b.handled as Effect.Effect<void>).addObserver(() => resolve())
    })
  return {
    handler: (request, claims) =>
      ready === undefined ? built.then((b) => run(b, request, claims)) : run(ready, request, claims),
    dispose: () => Effect.runPromise(Scope.close(scope, Exit.void)),
  }
}
