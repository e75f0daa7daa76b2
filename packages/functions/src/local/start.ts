/** `pnpm start`: DynamoDB Local (persistent under `.data/`), the table, and — once it exists — the local API. */
import "./quietNode20.ts"
import { existsSync, mkdirSync, rmSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { makeDynamoClient } from "../table/client.ts"
import { ensureTable } from "../table/create.ts"
import { DEFAULT_TABLE_NAME } from "../table/definition.ts"
import { JavaMissingError, startDynamoLocal } from "./dynamoLocal.ts"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..")

const { values } = parseArgs({
  options: {
    fresh: { type: "boolean", default: false },
    "dynamo-port": { type: "string", default: "8000" },
  },
})

const main = async () => {
  const dataDir = join(repoRoot, ".data", "dynamodb")
  if (values.fresh && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  const dynamo = await startDynamoLocal({ port: Number(values["dynamo-port"]), dbPath: dataDir })
  const client = makeDynamoClient({ endpoint: dynamo.endpoint })
  const created = await ensureTable(client, DEFAULT_TABLE_NAME)
  client.destroy()
  console.log(`DynamoDB Local: ${dynamo.endpoint} (data in ${dataDir})`)
  console.log(`Table "${DEFAULT_TABLE_NAME}": ${created ? "created" : "already there"}`)
  console.log("Press Ctrl-C to stop (Java stops too).")
  const shutdown = async () => {
    await dynamo.stop()
    process.exit(0)
  }
  process.once("SIGINT", shutdown)
  process.once("SIGTERM", shutdown)
}

main().catch((e: unknown) => {
  console.error(e instanceof JavaMissingError ? e.message : e)
  process.exit(1)
})
