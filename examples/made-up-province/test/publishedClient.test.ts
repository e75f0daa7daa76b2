/**
 * An outside app on the PUBLISHED client: the built and packed @ntm/api (with @ntm/core) is installed into a scratch
 * app, which type-checks `app/main.ts` against the shipped declarations, bundles it, and runs it with plain Node
 * against the real API (the local server, as `pnpm start` runs it, on DynamoDB Local).
 */
import { execFile } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import {
  dynamoLayer,
  ensureTable,
  type LocalServer,
  makeDevTokens,
  makeDynamoClient,
  makeWebHandler,
  serveLocal,
} from "@ntm/functions/local"
import { build as bundle, type Metafile } from "esbuild"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { tsc } from "../../../scripts/packaging/build.ts"
import { buildAndPack, installConsumer } from "../../../scripts/packaging/pack.ts"
import type { Reading } from "../app/main.ts"

declare module "vitest" {
  export interface ProvidedContext {
    /** DynamoDB Local of the run, from the functions project's global setup (`dynamo-global-setup.ts`). */
    dynamo: { endpoint: string; tableName: string }
  }
}

const run = promisify(execFile)
const apiDir = new URL("../../../packages/api/", import.meta.url)

/** The package an input of the bundle came from, or `app` for the app's own module. */
const origin = (input: string): string =>
  input === "main.ts" ? "app" : (/node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input)?.[1] ?? input)

describe("a scratch app with the packed @ntm/api installed", () => {
  const { endpoint } = inject("dynamo")
  const tableName = `ntm-example-client-${process.pid}`
  const client = makeDynamoClient({ endpoint })
  const api = makeWebHandler({ dynamo: dynamoLayer({ endpoint, tableName }), logLevel: "None" })
  const work = mkdtempSync(join(tmpdir(), "ntm-example-app-"))
  const app = join(work, "app")
  let server: LocalServer
  let token: string
  let meta: Metafile

  beforeAll(async () => {
    await ensureTable(client, tableName)
    const devTokens = makeDevTokens({ NTM_LOCAL: "1" })
    // A viewer of Thành phố Lào Cai (district 080 of GSO province 10): the local server's registry is the demo one.
    token = devTokens.issue({
      sub: "vi-du-app",
      "cognito:groups": ["unit-viewer"],
      "custom:province": "10",
      "custom:unit": "080",
    })
    server = await serveLocal({ handler: api.handler, devTokens, port: 0 })

    mkdirSync(app)
    installConsumer(app, buildAndPack(apiDir, work))
    copyFileSync(new URL("../app/main.ts", import.meta.url), join(app, "main.ts"))
    writeFileSync(join(app, "package.json"), JSON.stringify({ type: "module" }))
    const compilerOptions = { target: "ES2022", module: "NodeNext", strict: true, noEmit: true, types: [] }
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["main.ts"] }))
    await run(tsc, ["-p", app])
    const result = await bundle({
      entryPoints: [join(app, "main.ts")],
      absWorkingDir: app,
      outfile: join(app, "main.mjs"),
      bundle: true,
      format: "esm",
      platform: "neutral",
      preserveSymlinks: true,
      external: ["node:*"],
      metafile: true,
      logLevel: "silent",
    })
    meta = result.metafile
    writeFileSync(
      join(app, "run.mjs"),
      `import { readUnits } from "./main.mjs"\n` +
        "const [baseUrl, token] = process.argv.slice(2)\n" +
        `console.log(JSON.stringify(await readUnits({ baseUrl, token }, "02746", "2024-01-01")))\n`,
    )
  })

  afterAll(async () => {
    await server?.close()
    await api.dispose()
    client.destroy()
    rmSync(work, { recursive: true, force: true })
  })

  it("bundles from the built packages only: no server code, no AWS SDK, no exceljs, no Node built-in", () => {
    const inputs = Object.keys(meta.inputs)
    expect([...new Set(inputs.map(origin))].sort()).toEqual(["@ntm/api", "@ntm/core", "app", "effect"])
    const ours = inputs.filter((path) => path.includes("node_modules/@ntm/"))
    expect(ours.filter((path) => !/node_modules\/@ntm\/(api|core)\/dist\/.+\.js$/u.test(path))).toEqual([])
    expect(ours.some((path) => path.endsWith("@ntm/api/dist/client/index.js"))).toBe(true)
    const imports = Object.values(meta.inputs).flatMap((input) => input.imports.map((i) => i.path))
    expect(imports.filter((path) => path.startsWith("node:"))).toEqual([])
  })

  it("runs under plain Node: health, a typed read, and a problem decoded into its class", async () => {
    const { stdout } = await run(process.execPath, [join(app, "run.mjs"), server.url, token], { cwd: app })
    const reading = JSON.parse(stdout) as Reading
    expect(reading.health.status).toBe("ok")
    // Xã Cốc San (02746) lies in Thành phố Lào Cai (080) — lao-cai-units.md.
    expect(reading.unit).toMatchObject({ code: "02746", parent: "080" })
    expect(reading.unknownUnit).toEqual({ problem: "NotFound", status: 404 })
  })
})
