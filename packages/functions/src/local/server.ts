/** Serves the web handler with node:http, verifying dev tokens the way API Gateway's JWT authorizer would. */

import { randomUUID } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { RequestAuth } from "@ntm/api"
import { Context } from "effect"
import { Headers as HttpHeaders } from "effect/http"
import type { Claims } from "../auth/claims.ts"
import type { DevTokens } from "../auth/devTokens.ts"
import { appLayerOf, type WebHandler } from "../http/app.ts"
import { isPublicRoute } from "../http/publicRoutes.ts"
import { REQUEST_ID_HEADER } from "../http/requestContext.ts"
import { DEV_TOKENS_PATH, devTokenOffer } from "./devTokenOffer.ts"
import { makeNodeHandler, sendInternalError, sendWeb } from "./nodeHandler.ts"
import { NodeRequest } from "./nodeRequest.ts"
import { staticResponse } from "./static.ts"

/** A running local server. */
export interface LocalServer {
  readonly server: Server
  readonly url: string
  readonly close: () => Promise<void>
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => resolve(Buffer.concat(chunks)))
    req.on("error", reject)
  })

const unauthorized = (reason: string) =>
  new Response(
    JSON.stringify({ type: "urn:ntm:problem:unauthorized", title: "Sign-in required", status: 401, detail: reason }),
    { status: 401, headers: { "content-type": "application/problem+json" } },
  )

/**
 * Decides the claims of a local request like API Gateway: public routes ignore tokens; elsewhere a bearer token must
 * verify (else 401 before the app runs); no token → no claims (the app answers 401).
 */
export const localClaims = (
  devTokens: DevTokens,
  method: string,
  path: string,
  authorization: string | null,
): { ok: true; claims: Claims | undefined } | { ok: false; reason: string } => {
  if (isPublicRoute(method, path) || authorization === null) return { ok: true, claims: undefined }
  const match = /^Bearer\s+(\S+)$/iu.exec(authorization)
  if (match === null) return { ok: false, reason: "Authorization must be 'Bearer <token>'" }
  const verified = devTokens.verify(match[1]!)
  return verified.ok ? { ok: true, claims: verified.claims } : { ok: false, reason: verified.reason }
}

const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/gu

/**
 * The app's view of `req`'s headers, as a WHATWG `Headers` held them: repeated values joined with ", " and HTTP
 * whitespace trimmed; `x-request-id` is always the server's own, fresh id (a client's is not trusted).
 */
const requestHeaders = (req: IncomingMessage): HttpHeaders.Headers => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue
    const value = Array.isArray(v) ? v.join(", ") : v
    out[k] = value.replace(HTTP_WHITESPACE, "")
  }
  out[REQUEST_ID_HEADER] = randomUUID()
  return HttpHeaders.fromRecordUnsafe(out)
}

/** The WHATWG request of `req` for a web handler `makeWebHandler` did not make (its body already read). */
const toWebRequest = (req: IncomingMessage, url: URL, method: string, body: Uint8Array | undefined): Request => {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue
    headers.set(k, Array.isArray(v) ? v.join(", ") : v)
  }
  headers.set(REQUEST_ID_HEADER, randomUUID())
  return new Request(url, { method, headers, ...(body === undefined ? {} : { body: new Uint8Array(body) }) })
}

/**
 * Serves `handler` on `http://127.0.0.1:<port>` (port 0 = any free port).
 *
 * @example
 * const local = await serveLocal({ handler: app.handler, devTokens: makeDevTokens(), port: 3000 })
 */
export const serveLocal = (options: {
  readonly handler: WebHandler
  readonly devTokens: DevTokens
  readonly port: number
  readonly host?: string | undefined
  /** A built web app to serve under `/` (API paths stay the API's); e.g. `webDist(repoRoot)`. */
  readonly staticDir?: string | undefined
  /** Claims per role offered to the web sign-in page at `GET /local/dev-tokens` (local mode only). */
  readonly offerDevUsers?: Readonly<Record<string, Claims>> | undefined
}): Promise<LocalServer> =>
  new Promise((resolve, reject) => {
    const host = options.host ?? "127.0.0.1"
    let origin = `http://${host}:${options.port}`
    const app = appLayerOf(options.handler)
    const node = app === undefined ? undefined : makeNodeHandler(app)
    const serve = async (req: IncomingMessage, res: ServerResponse) => {
      // The URL as a WHATWG `Request` would hold it (dot segments resolved, characters escaped): the public-route
      // check and the router see the same path.
      const url = new URL(req.url ?? "/", origin)
      const method = req.method ?? "GET"
      const path = url.pathname
      if (options.offerDevUsers !== undefined && path === DEV_TOKENS_PATH && method === "GET")
        return sendWeb(res, devTokenOffer(options.devTokens, options.offerDevUsers))
      const asset = options.staticDir === undefined ? undefined : await staticResponse(options.staticDir, method, path)
      if (asset !== undefined) return sendWeb(res, asset)
      const auth = localClaims(options.devTokens, method, path, req.headers.authorization ?? null)
      if (!auth.ok) return sendWeb(res, unauthorized(auth.reason))
      const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req)
      if (node !== undefined) {
        return node.handler(new NodeRequest(req, res, url.href, method, requestHeaders(req), body), auth.claims)
      }
      const request = toWebRequest(req, url, method, body)
      return sendWeb(res, await options.handler(request, Context.make(RequestAuth, { claims: auth.claims })))
    }
    const server = createServer((req, res) => {
      serve(req, res).catch((e: unknown) => {
        console.error(e)
        sendInternalError(res)
      })
    })
    server.once("error", reject)
    server.listen(options.port, host, () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : options.port
      origin = `http://${host}:${port}`
      resolve({
        server,
        url: origin,
        close: async () => {
          await new Promise<void>((r) => server.close(() => r()))
          await node?.dispose()
        },
      })
    })
  })
