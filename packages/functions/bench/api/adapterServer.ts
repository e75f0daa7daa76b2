/**
 * The adapter comparison's server (see `adapterCpu.ts`): the real app behind the local server, run natively
 * (`native`), through WHATWG objects (`web`, the app's handler wrapped so the server cannot see its layer), or a bare
 * node:http answer (`raw`). Prints its URL, then its CPU time (ms) for every line read on stdin.
 */
import "../../src/local/quietNode20.ts"
import { createServer } from "node:http"
import { createInterface } from "node:readline"
import { makeDevTokens } from "../../src/auth/devTokens.ts"
import { makeWebHandler, type WebHandler } from "../../src/http/app.ts"
import { serveLocal } from "../../src/local/server.ts"
import { dynamoLayer } from "../../src/table/Dynamo.ts"

process.env.NTM_LOCAL = "1"
const mode = process.argv[2]

const listen = async (): Promise<string> => {
  if (mode === "raw") {
    const body = JSON.stringify({ status: "ok", service: "ntm-api" })
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body))
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
    const address = server.address()
    return `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`
  }
  // GET /v1/health touches no table; the endpoint is never called.
  const app = makeWebHandler({
    dynamo: dynamoLayer({ endpoint: "http://127.0.0.1:9", tableName: "x" }),
    logLevel: "None",
  })
  const viaWeb: WebHandler = (request, context) => app.handler(request, context)
  const handler = mode === "native" ? app.handler : viaWeb
  return (await serveLocal({ port: 0, devTokens: makeDevTokens(), handler })).url
}

console.log(JSON.stringify({ url: await listen() }))
createInterface({ input: process.stdin }).on("line", () => {
  const used = process.cpuUsage()
  console.log(JSON.stringify({ cpu: (used.user + used.system) / 1000 }))
})
