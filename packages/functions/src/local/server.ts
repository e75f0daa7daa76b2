/** Serves the web handler with node:http, verifying dev tokens the way API Gateway's JWT authorizer would. */

import { randomUUID } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { RequestAuth } from "@ntm/api"
import { Context } from "effect"
import type { Claims } from "../auth/claims.ts"
import type { DevTokens } from "../auth/devTokens.ts"
import type { WebHandler } from "../http/app.ts"
import { isPublicRoute } from "../http/publicRoutes.ts"
import { REQUEST_ID_HEADER } from "../http/requestContext.ts"
import { DEV_TOKENS_PATH, devTokenOffer } from "./devTokenOffer.ts"
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

const toWebRequest = async (req: IncomingMessage, origin: string): Promise<Request> => {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue
    headers.set(k, Array.isArray(v) ? v.join(", ") : v)
  }
  headers.set(REQUEST_ID_HEADER, randomUUID())
  const method = req.method ?? "GET"
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req)
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    ...(body === undefined ? {} : { body: new Uint8Array(body) }),
  })
}

const send = async (res: ServerResponse, response: Response) => {
  const headers: Record<string, string | Array<string>> = {}
  response.headers.forEach((v, k) => {
    if (k !== "set-cookie") headers[k] = v
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers["set-cookie"] = cookies
  res.writeHead(response.status, headers)
  res.end(Buffer.from(await response.arrayBuffer()))
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
    const server = createServer((req, res) => {
      void (async () => {
        try {
          const request = await toWebRequest(req, origin)
          const path = new URL(request.url).pathname
          if (options.offerDevUsers !== undefined && path === DEV_TOKENS_PATH && request.method === "GET") {
            await send(res, devTokenOffer(options.devTokens, options.offerDevUsers))
            return
          }
          const asset =
            options.staticDir === undefined ? undefined : await staticResponse(options.staticDir, request.method, path)
          if (asset !== undefined) {
            await send(res, asset)
            return
          }
          const auth = localClaims(options.devTokens, request.method, path, request.headers.get("authorization"))
          const response = auth.ok
            ? await options.handler(request, Context.make(RequestAuth, { claims: auth.claims }))
            : unauthorized(auth.reason)
          await send(res, response)
        } catch (e) {
          console.error(e)
          if (!res.headersSent) res.writeHead(500, { "content-type": "application/problem+json" })
          res.end(JSON.stringify({ type: "urn:ntm:problem:internal", title: "Internal error", status: 500 }))
        }
      })()
    })
    server.once("error", reject)
    server.listen(options.port, host, () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : options.port
      origin = `http://${host}:${port}`
      resolve({
        server,
        url: origin,
        close: () => new Promise<void>((r) => server.close(() => r())),
      })
    })
  })
