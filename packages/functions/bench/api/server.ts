/**
 * P3's servers, one per child process: `real` serves the API (the local server on DynamoDB Local, as `pnpm start`:
 * node's request runs the router directly), recording the DynamoDB commands of the requests marked
 * `x-bench-record: 1`; `raw` is the baseline, a minimal
 * node:http server sending the recorded commands (fresh ids and keys substituted) with the AWS SDK alone.
 * Usage: `node --import tsx bench/api/server.ts real|raw <endpoint> <table> <commands.json>`. Prints one JSON line
 * (its URL and pid).
 */
import "../../src/local/quietNode20.ts"
import { randomUUID } from "node:crypto"
import { readFileSync, writeFileSync } from "node:fs"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { Session } from "node:inspector"
import { join } from "node:path"
import { GetCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb"
import { Layer } from "effect"
import { makeDevTokens } from "../../src/auth/devTokens.ts"
import { makeWebHandler } from "../../src/http/app.ts"
import { serveLocal } from "../../src/local/server.ts"
import { makeDocumentClient, makeDynamoClient } from "../../src/table/client.ts"
import { Dynamo } from "../../src/table/Dynamo.ts"

/** One DynamoDB command as the app sent it (document client input). */
export interface Recorded {
  readonly command: string
  readonly input: unknown
}

/** What the real server recorded for the template requests: the commands of one create and of one read. */
export interface Template {
  /** The id the create gave its line and the idempotency key it was sent with (substituted by the raw server). */
  readonly id: string
  readonly key: string
  readonly create: ReadonlyArray<Recorded>
  readonly read: ReadonlyArray<Recorded>
}

const [mode, endpoint, tableName, file] = process.argv.slice(2) as [string, string, string, string]
const doc = makeDocumentClient(makeDynamoClient({ endpoint }))

const real = async () => {
  process.env.NTM_LOCAL = "1"
  let recording: Array<Recorded> | undefined
  const send = doc.send.bind(doc) as (c: unknown) => Promise<unknown>
  ;(doc as unknown as { send: (c: unknown) => Promise<unknown> }).send = (command) => {
    const c = command as { constructor: { name: string }; input: unknown }
    recording?.push({ command: c.constructor.name, input: structuredClone(c.input) })
    return send(command)
  }
  const app = makeWebHandler({ dynamo: Layer.succeed(Dynamo)({ doc, tableName }), logLevel: "None" })
  const devTokens = makeDevTokens()
  const local = await serveLocal({ port: 0, devTokens, handler: app.handler })
  // The template requests (one at a time, nothing else running) record their DynamoDB commands; the file is written
  // before the answer leaves, so the parent reads it once the response arrives.
  local.server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers["x-bench-record"] !== "1") return
    recording = []
    const end = res.end.bind(res) as (...args: Array<unknown>) => ServerResponse
    res.end = ((...args: Array<unknown>) => {
      writeFileSync(`${file}.${req.method}`, JSON.stringify(recording))
      recording = undefined
      return end(...args)
    }) as typeof res.end
  })
  // Province 10's admin (GSO code of old Lào Cai); the subject is illustrative.
  const token = devTokens.issue({ sub: "bench-admin", "cognito:groups": "[province-admin]", "custom:province": "10" })
  console.log(JSON.stringify({ url: local.url, token, pid: process.pid }))
}

const body = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })

const commands: Record<string, new (input: never) => unknown> = {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
}
const sendAll = async (recorded: ReadonlyArray<Recorded>) => {
  let last: unknown
  for (const r of recorded) {
    const Command = commands[r.command]
    if (Command === undefined) throw new Error(`the raw server does not know ${r.command}`)
    last = await doc.send(new Command(r.input as never) as never)
  }
  return last
}

const raw = async () => {
  const t = JSON.parse(readFileSync(file, "utf8")) as Template
  const createText = JSON.stringify(t.create)
  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (req.method === "POST") {
          const payload = JSON.parse(await body(req)) as Record<string, unknown>
          const key = req.headers["idempotency-key"]
          if (typeof key !== "string" || typeof payload.commune !== "string") throw new Error("bad request")
          const id = randomUUID()
          const recorded = JSON.parse(createText.replaceAll(t.id, id).replaceAll(t.key, key)) as Array<Recorded>
          await sendAll(recorded)
          const write = recorded.at(-1)?.input as { TransactItems?: Array<{ Put?: { Item?: { data?: unknown } } }> }
          const put = write.TransactItems?.[1]?.Put?.Item?.data
          res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(put))
        } else {
          const out = (await sendAll(t.read)) as { Item?: { data: unknown } }
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(out.Item?.data))
        }
      } catch (e) {
        res.writeHead(500).end(String(e))
      }
    })()
  })
  server.listen(0, "127.0.0.1", () => {
    const a = server.address()
    const port = typeof a === "object" && a !== null ? a.port : 0
    console.log(JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: process.pid }))
  })
}

/**
 * `P3_CPU_PROF=<dir>`: profile this server (the inspector's CPU profiler, as `node --cpu-prof`) and write
 * `<dir>/p3-<mode>-<pid>.cpuprofile` when it is stopped. Open it in Chrome DevTools or speedscope.
 */
const profileDir = process.env.P3_CPU_PROF
if (profileDir !== undefined) {
  const session = new Session()
  session.connect()
  session.post("Profiler.enable", () => session.post("Profiler.start"))
  process.once("SIGTERM", () =>
    session.post("Profiler.stop", (error, result) => {
      if (error === null)
        writeFileSync(join(profileDir, `p3-${mode}-${process.pid}.cpuprofile`), JSON.stringify(result.profile))
      process.exit(0)
    }),
  )
}
void (mode === "real" ? real() : raw())
