/** Shared by the process-level benchmarks (P3–P5): DynamoDB Local with a fresh table, and child processes. */
import "../src/local/quietNode20.ts"
import { type ChildProcess, spawn } from "node:child_process"
import { dirname, join } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { RequestAuth } from "@ntm/api"
import { Context } from "effect"
import type { WebHandler } from "../src/http/app.ts"
import { type DynamoLocal, startDynamoLocal } from "../src/local/dynamoLocal.ts"
import { makeDynamoClient } from "../src/table/client.ts"
import { ensureTable } from "../src/table/create.ts"

/** The functions package's folder. */
export const functionsRoot = dirname(dirname(fileURLToPath(import.meta.url)))

/** In-memory DynamoDB Local with the app's table created. */
export const dynamoWithTable = async (tableName: string): Promise<DynamoLocal> => {
  const dynamo = await startDynamoLocal()
  const client = makeDynamoClient({ endpoint: dynamo.endpoint })
  try {
    await ensureTable(client, tableName)
  } finally {
    client.destroy()
  }
  return dynamo
}

/** A child `node --import tsx <script> ...args` that prints one JSON line when ready; `stop` ends it. */
export const startChild = async <A>(
  script: string,
  args: ReadonlyArray<string>,
): Promise<{ readonly ready: A; readonly stop: () => Promise<void> }> => {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(functionsRoot, script), ...args], {
    cwd: functionsRoot,
    stdio: ["ignore", "pipe", "inherit"],
  })
  const exited = new Promise<void>((r) => child.once("exit", () => r()))
  const ready = await new Promise<A>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready`)))
    createInterface({ input: child.stdout! }).once("line", (l) => resolve(JSON.parse(l) as A))
  })
  return {
    ready,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
      await exited
    },
  }
}

/** Province 10's admin (GSO code of old Lào Cai); the subject is illustrative. */
export const benchAdmin = { sub: "bench-admin", "cognito:groups": "[province-admin]", "custom:province": "10" }

/** An ILLUSTRATIVE cash line to xã Cốc San (02746, province 10 in 2022, lao-cai-units.md); the provider is made up. */
export const benchCashLine = (provider = { kind: "enterprise", id: "bench-provider", name: "Công ty minh hoạ" }) => ({
  provider,
  commune: "02746",
  date: "2022-10-01",
  programme: "ntm",
  category: "cash",
  item: "tien-mat",
  quantity: "5000000",
  unit: "dong",
  status: "delivered",
})

/** Stores `body` through the API (`POST /v1/contributions`, as {@link benchAdmin}) and returns the new line's id. */
export const storeThroughApi = async (handler: WebHandler, body: unknown): Promise<string> => {
  const res = await handler(
    new Request("http://bench/v1/contributions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    Context.make(RequestAuth, { claims: benchAdmin }),
  )
  if (res.status !== 201) throw new Error(`storing the line answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { id: string }).id
}
