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
import { DEMO_PROVINCE, demoLedgerReference, demoPacks, SEED_NOTICE, SeedError, seedDemoOnce } from "./seed.ts"
import { serveLocal } from "./server.ts"
import { webDist } from "./static.ts"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..")

const { values } = parseArgs({
  options: {
    fresh: { type: "boolean", default: false },
    /** Do not load the Lào Cai demo (it is loaded once per data folder otherwise). */
    "skip-demo": { type: "boolean", default: false },
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
  console.log(`DynamoDB Local: ${dynamo.endpoint} (data in ${dataDir})`)
  console.log(`Table "${DEFAULT_TABLE_NAME}": ${created ? "created" : "already there"}`)
  const app = makeWebHandler({
    dynamo: dynamoLayer({ endpoint: dynamo.endpoint, tableName: DEFAULT_TABLE_NAME }),
    extraRoutes: DocsLive,
    // The demo's ILLUSTRATIVE price zones, so labour lines price with the demo list (seeded or entered by hand).
    ledgerReference: demoLedgerReference,
    localPacks: demoPacks,
  })
  const demo = values["skip-demo"]
    ? undefined
    : await (async () => {
        console.log("Lào Cai demo: checking…")
        // Its own app instance (on the seed's clock), so the seed's requests do not flood the access log.
        const outcome = await seedDemoOnce({
          client,
          tableName: DEFAULT_TABLE_NAME,
          app: (clock) =>
            makeWebHandler({
              dynamo: dynamoLayer({ endpoint: dynamo.endpoint, tableName: DEFAULT_TABLE_NAME }),
              clock,
              ledgerReference: demoLedgerReference,
              localPacks: demoPacks,
              logLevel: "Warn",
            }),
        })
        const s = outcome.summary
        console.log(
          `Lào Cai demo ${outcome.loaded ? "loaded now" : "already loaded"} (through the API, as a province admin): ` +
            `${s.assessments} demo assessments 2022–2024, ${s.targets} real targets, ${s.plans} illustrative plans, ` +
            `${s.assignments} illustrative assignments, ${s.priceLists} illustrative 2022 price list, ` +
            `${s.contributions} illustrative 2022 contribution lines (confirmed ones = the article's totals).`,
        )
        console.log(`  ${SEED_NOTICE.en}`)
        return s
      })()
  client.destroy()
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
  const tokens = Object.entries(users).map(([role, claims]) => [role, devTokens.issue(claims)] as const)
  for (const [role, token] of tokens) console.log(`  ${role.padEnd(17)} ${token}`)
  if (demo !== undefined) {
    const admin = devTokens.issue({ ...users["province-admin"], "custom:province": DEMO_PROVINCE })
    const get = (path: string) => `  curl -s -H "Authorization: Bearer $NTM_TOKEN" '${server.url}${path}'`
    console.log(`Try the demo (province ${DEMO_PROVINCE}; a province-admin token of it):`)
    console.log(`  export NTM_TOKEN=${admin}`)
    console.log(get(`/v1/reports/help?province=${DEMO_PROVINCE}&year=2022&by=provider&lang=en`))
    console.log(get(`/v1/provinces/${DEMO_PROVINCE}/contributions/totals?year=2022`))
    console.log(get(`/v1/provinces/${DEMO_PROVINCE}/communes/${demo.examples.commune}/assessments?limit=3`))
    console.log(get(`/v1/targets/${demo.examples.ntmTargetId}/progress`))
    console.log(get(`/v1/plans/${demo.examples.planId}/progress`))
  }
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
  console.error(
    e instanceof JavaMissingError || e instanceof NotLocalModeError || e instanceof SeedError ? e.message : e,
  )
  process.exit(1)
})
