/**
 * The local stack for browser tests of the pages: the built dashboard served by the local server on DynamoDB Local,
 * loaded with the Lào Cai demo through the API (as `pnpm start` does), and Debian's Chromium.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  DEFAULT_TABLE_NAME,
  demoLedgerReference,
  demoPacks,
  devUsers,
  dynamoLayer,
  ensureTable,
  makeDevTokens,
  makeDynamoClient,
  makeWebHandler,
  seedDemoOnce,
  serveLocal,
  startDynamoLocal,
} from "@ntm/functions/local"
import { type Browser, chromium } from "playwright-core"
import { build } from "vite"

/** Debian's Chromium, driven headless by playwright-core. */
export const CHROMIUM = "/usr/bin/chromium"

/** A running stack: its URL, the seed's example commune, the browser, and how to stop it all. */
export interface DemoStack {
  readonly baseUrl: string
  readonly exampleCommune: string
  readonly browser: Browser
  readonly stop: () => Promise<void>
}

/** Builds the dashboard into a temporary folder, starts everything, loads the ILLUSTRATIVE demo. */
export const startDemoStack = async (webRoot: string): Promise<DemoStack> => {
  const cleanup: Array<() => Promise<void> | void> = []
  const stop = async () => {
    for (const f of cleanup.reverse()) await f()
  }
  try {
    const previous = process.env.NTM_LOCAL
    process.env.NTM_LOCAL = "1"
    cleanup.push(() => {
      if (previous === undefined) delete process.env.NTM_LOCAL
      else process.env.NTM_LOCAL = previous
    })
    const outDir = mkdtempSync(join(tmpdir(), "ntm-web-pages-"))
    cleanup.push(() => rmSync(outDir, { recursive: true, force: true }))
    await build({ root: webRoot, logLevel: "warn", build: { outDir, emptyOutDir: true } })
    const dynamo = await startDynamoLocal()
    cleanup.push(() => dynamo.stop())
    const client = makeDynamoClient({ endpoint: dynamo.endpoint })
    cleanup.push(() => client.destroy())
    await ensureTable(client, DEFAULT_TABLE_NAME)
    const layer = () => dynamoLayer({ endpoint: dynamo.endpoint, tableName: DEFAULT_TABLE_NAME })
    const seeded = await seedDemoOnce({
      client,
      tableName: DEFAULT_TABLE_NAME,
      app: (clock) =>
        makeWebHandler({
          dynamo: layer(),
          clock,
          ledgerReference: demoLedgerReference,
          localPacks: demoPacks,
          logLevel: "Warn",
        }),
    })
    const app = makeWebHandler({
      dynamo: layer(),
      ledgerReference: demoLedgerReference,
      localPacks: demoPacks,
      logLevel: "Warn",
    })
    cleanup.push(() => app.dispose())
    const devTokens = makeDevTokens()
    const users = devUsers({ province: "10", district: "080", commune: "02746", agency: "demo-agency" })
    const server = await serveLocal({
      handler: app.handler,
      devTokens,
      port: 0,
      staticDir: outDir,
      offerDevUsers: users,
    })
    cleanup.push(() => server.close())
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    })
    cleanup.push(() => browser.close())
    return { baseUrl: server.url, exampleCommune: seeded.summary.examples.commune, browser, stop }
  } catch (e) {
    await stop()
    throw e
  }
}
