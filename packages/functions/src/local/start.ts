/** `pnpm start`: DynamoDB Local (persistent under `.data/`), the table, and the API on http://localhost:3000 with dev tokens. */
import "./quietNode20.ts"
import { existsSync, mkdirSync, rmSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { devUsers, makeDevTokens, NotLocalModeError } from "../auth/devTokens.ts"
import { makeWebHandler, OPENAPI_PATH } from "../http/app.ts"
import { DOCS_PATH, DocsLive } from "../http/docs.ts"
import { makeDynamoClient } from "../table/client.ts"
import { ensureTable } from "../table/create.ts"
import { dynamoLayer } from "../table/Dynamo.ts"
import { DEFAULT_TABLE_NAME } from "../table/definition.ts"
import { JavaMissingError, startDynamoLocal } from "./dynamoLocal.ts"
import { serveLocal } from "./server.ts"
import { webDist } from "./static.ts"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..")

const { values } = parseArgs({
  options: {
    fresh: { type: "boolean", default: false },
    "dynamo-port": { type: "string", default: "8000" },
    port: { type: "string", default: "3000" },
    // Dev-token units. Defaults are real GSO codes from shared/domain/lao-cai-units.md §1 (S1): province 10
    // (Lào Cai, old code), district 080 (Thành phố Lào Cai), commune 02746 (xã Cốc San, in 080). The agency id is
    // illustrative.
    province: { type: "string", default: "10" },
    district: { type: "string", default: "080" },
    commune: { type: "string", default: "02746" },
    agency: { type: "string", default: "demo-agency" },
  },
})

const main = async () => {
  const devTokens = makeDevTokens() // throws unless NTM_LOCAL=1 and not on Lambda
  const dataDir = join(repoRoot, ".data", "dynamodb")
  if (values.fresh && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  const dynamo = await startDynamoLocal({ port: Number(values["dynamo-port"]), dbPath: dataDir })
  const client = makeDynamoClient({ endpoint: dynamo.endpoint })
  const created = await ensureTable(client, DEFAULT_TABLE_NAME)
  client.destroy()
  console.log(`DynamoDB Local: ${dynamo.endpoint} (data in ${dataDir})`)
  console.log(`Table "${DEFAULT_TABLE_NAME}": ${created ? "created" : "already there"}`)
  const app = makeWebHandler({
    dynamo: dynamoLayer({ endpoint: dynamo.endpoint, tableName: DEFAULT_TABLE_NAME }),
    extraRoutes: DocsLive,
  })
  const users = devUsers({
    province: values.province,
    district: values.district,
    commune: values.commune,
    agency: values.agency,
  })
  const web = webDist(repoRoot)
  const staticDir = existsSync(join(web, "index.html")) ? web : undefined
  const server = await serveLocal({
    handler: app.handler,
    devTokens,
    port: Number(values.port),
    host: "localhost",
    staticDir,
    offerDevUsers: users,
  })
  console.log(
    staticDir === undefined
      ? "Web:      not built (pnpm --filter @ntm/web build)"
      : `Web:      ${server.url}/ (sign in with a role below)`,
  )
  console.log(`API:      ${server.url}/v1/health`)
  console.log(`OpenAPI:  ${server.url}${OPENAPI_PATH}`)
  console.log(`Docs:     ${server.url}${DOCS_PATH}`)
  console.log("Dev tokens (valid 12 h, this process only; send as 'Authorization: Bearer <token>'):")
  for (const [role, claims] of Object.entries(users)) console.log(`  ${role.padEnd(17)} ${devTokens.issue(claims)}`)
  console.log("Press Ctrl-C to stop (Java stops too).")
  const shutdown = async () => {
    await server.close()
    await app.dispose()
    await dynamo.stop()
    process.exit(0)
  }
  process.once("SIGINT", shutdown)
  process.once("SIGTERM", shutdown)
}

main().catch((e: unknown) => {
  console.error(e instanceof JavaMissingError || e instanceof NotLocalModeError ? e.message : e)
  process.exit(1)
})
