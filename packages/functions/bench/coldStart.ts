/**
 * P4: the Lambda entry (src/lambda/api.ts) against a minimal raw-SDK handler (bench/lambda/rawHandler.ts), both
 * bundled exactly as the CDK asset is (`src/lambda/bundle.ts`; `@aws-sdk/*` external as on the Lambda runtime):
 * the size a cold start loads, and cold start — a fresh `node` per run, with the function's `NODE_OPTIONS`,
 * importing the bundle and answering its first request (GET /v1/contributions/{id} of a stored line, one GetItem
 * on DynamoDB Local), bundles alternating, median of the runs. `pnpm --filter @ntm/functions bench:cold` prints the
 * rows; `pnpm bench` registers the item.
 */
import "../src/local/quietNode20.ts"
import { execFileSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import type { BenchItem, Row } from "../../../scripts/bench/item.ts"
import { median } from "../../../scripts/bench/item.ts"
import { makeWebHandler } from "../src/http/app.ts"
import {
  coldStartFiles,
  HANDLER_FILE,
  HANDLER_NODE_OPTIONS,
  lambdaBuildOptions,
  shippedFiles,
  writeOutputs,
} from "../src/lambda/bundle.ts"
import { dynamoLayer } from "../src/table/Dynamo.ts"
import { benchAdmin, benchCashLine, dynamoWithTable, functionsRoot, storeThroughApi } from "./support.ts"

const TABLE = "bench-cold"
const out = join(functionsRoot, "dist", "bench")

/** The two entries: the baseline first. */
const entries = {
  baseline: {
    name: "baseline: minimal raw-SDK handler (bench/lambda/rawHandler.ts)",
    file: "bench/lambda/rawHandler.ts",
  },
  candidate: {
    name: "the API's Lambda entry (src/lambda/api.ts)",
    file: "src/lambda/api.ts",
  },
} as const

/** Runs in a fresh node: import the bundle, answer one request; prints the times in ms. */
const probe = `
const t0 = performance.now()
const { handler } = await import(process.argv[2])
const t1 = performance.now()
const path = "/v1/contributions/" + process.argv[3]
const r = await handler({ version: "2.0", rawPath: path, rawQueryString: "", headers: { host: "x" }, isBase64Encoded: false,
  requestContext: { requestId: "r", domainName: "x", http: { method: "GET", path },
    authorizer: { jwt: { claims: ${JSON.stringify(benchAdmin)} } } } })
const t2 = performance.now()
if (r.statusCode !== 200) throw new Error("unexpected status " + r.statusCode + " " + r.body)
console.log(JSON.stringify({ import: t1 - t0, first: t2 - t1 }))
`

/** An ILLUSTRATIVE cash line stored through the API, so both handlers read a real record. */
const storeLine = async (endpoint: string): Promise<string> => {
  const app = makeWebHandler({ dynamo: dynamoLayer({ endpoint, tableName: TABLE }), logLevel: "None" })
  try {
    return await storeThroughApi(app.handler, benchCashLine())
  } finally {
    await app.dispose()
  }
}

const kib = (files: ReadonlyArray<{ readonly contents: Uint8Array }>, gzip = false) =>
  files.reduce((n, f) => n + (gzip ? gzipSync(f.contents, { level: 9 }).length : f.contents.length), 0) / 1024

/** Bundles an entry as the CDK asset is bundled (for this machine's Node) and writes what would be shipped. */
const bundle = async (entry: string, name: string, bundleAwsSdk = false) => {
  const outdir = join(out, name)
  rmSync(outdir, { recursive: true, force: true })
  const result = await build(
    lambdaBuildOptions({ entry: join(functionsRoot, entry), outdir, bundleAwsSdk, target: "node20" }),
  )
  const shipped = shippedFiles(result, outdir)
  writeOutputs(shipped)
  const cold = coldStartFiles(result, outdir)
  return {
    file: join(outdir, HANDLER_FILE),
    size: kib(cold),
    gzip: kib(cold, true),
    shipped: kib(shipped.filter((f) => f.path.endsWith(".mjs"))),
  }
}

/** The P4 item. */
export const lambdaBundle: BenchItem = {
  name: "P4 Lambda bundle and cold start",
  run: async ({ smoke }) => {
    const runs = smoke ? 1 : Number(process.env.RUNS ?? 21)
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, "probe.mjs"), probe)
    const dynamo = await dynamoWithTable(TABLE)
    try {
      const id = await storeLine(dynamo.endpoint)
      const built = {
        baseline: await bundle(entries.baseline.file, "raw-handler"),
        candidate: await bundle(entries.candidate.file, "api"),
        // As deployed by default (`bundleAwsSdk`): the AWS SDK inside both bundles instead of the runtime's copy.
        baselineSdk: await bundle(entries.baseline.file, "raw-handler-sdk", true),
        candidateSdk: await bundle(entries.candidate.file, "api-sdk", true),
      }
      const env = {
        ...process.env,
        TABLE_NAME: TABLE,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        AWS_REGION: "local",
        AWS_ACCESS_KEY_ID: "local",
        AWS_SECRET_ACCESS_KEY: "local",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      }
      // Also the candidate with source maps enabled (the evidence for HANDLER_NODE_OPTIONS), and both sides as deployed.
      const sides = {
        baseline: { file: built.baseline.file, nodeOptions: HANDLER_NODE_OPTIONS },
        candidate: { file: built.candidate.file, nodeOptions: HANDLER_NODE_OPTIONS },
        withMaps: { file: built.candidate.file, nodeOptions: "--enable-source-maps" },
        baselineSdk: { file: built.baselineSdk.file, nodeOptions: HANDLER_NODE_OPTIONS },
        candidateSdk: { file: built.candidateSdk.file, nodeOptions: HANDLER_NODE_OPTIONS },
      }
      type Side = keyof typeof sides
      const order = Object.keys(sides) as ReadonlyArray<Side>
      const samples = Object.fromEntries(order.map((s) => [s, [] as Array<number>])) as Record<Side, Array<number>>
      const imports = Object.fromEntries(order.map((s) => [s, [] as Array<number>])) as Record<Side, Array<number>>
      for (let i = 0; i < runs; i++)
        // Rotating, so a drift in the machine's load touches every side alike.
        for (const side of [...order.slice(i % order.length), ...order.slice(0, i % order.length)]) {
          const t = JSON.parse(
            execFileSync(process.execPath, [join(out, "probe.mjs"), sides[side].file, id], {
              env: { ...env, NODE_OPTIONS: sides[side].nodeOptions },
              cwd: functionsRoot,
              encoding: "utf8",
            })
              .trim()
              .split("\n")
              .at(-1)!,
          ) as { import: number; first: number }
          samples[side].push(t.import + t.first)
          imports[side].push(t.import)
        }
      const ms = (s: Side) => ({ value: median(samples[s]), unit: "ms" })
      const row = (what: string, unit: string, value: (s: "baseline" | "candidate") => number, target?: null): Row => ({
        group: `P4 Lambda bundle — ${what}`,
        baseline: { name: entries.baseline.name, measure: { value: value("baseline"), unit } },
        candidate: { name: entries.candidate.name, measure: { value: value("candidate"), unit } },
        ...(target === null ? { target: null } : {}),
      })
      return [
        row(`cold import + first request (median of ${runs} fresh processes)`, "ms", (s) => median(samples[s])),
        row("of which the import", "ms", (s) => median(imports[s]), null),
        row("loaded at a cold start, minified", "KiB", (s) => built[s].size, null),
        row("loaded at a cold start, gzip -9", "KiB", (s) => built[s].gzip, null),
        row("shipped, with the chunks loaded on demand (exceljs)", "KiB", (s) => built[s].shipped, null),
        {
          group: `P4 Lambda bundle, as deployed (AWS SDK bundled into both) — cold import + first request (median of ${runs})`,
          baseline: { name: `${entries.baseline.name}, SDK bundled`, measure: ms("baselineSdk") },
          candidate: { name: `${entries.candidate.name}, SDK bundled`, measure: ms("candidateSdk") },
        },
        {
          group: "P4 Lambda bundle, as deployed (AWS SDK bundled into both) — loaded at a cold start, minified",
          baseline: {
            name: `${entries.baseline.name}, SDK bundled`,
            measure: { value: built.baselineSdk.size, unit: "KiB" },
          },
          candidate: {
            name: `${entries.candidate.name}, SDK bundled`,
            measure: { value: built.candidateSdk.size, unit: "KiB" },
          },
          target: null,
        },
        {
          group: `P4 Lambda bundle — the API's cold start with \`--enable-source-maps\` (median of ${runs})`,
          baseline: {
            name: `${entries.candidate.name}, NODE_OPTIONS="${HANDLER_NODE_OPTIONS}"`,
            measure: ms("candidate"),
          },
          candidate: { name: "the same with --enable-source-maps", measure: ms("withMaps") },
          target: null,
        },
      ]
    } finally {
      await dynamo.stop()
    }
  },
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  void lambdaBundle.run({ smoke: false }).then((rows) => {
    for (const r of rows)
      console.log(
        `${r.group}: ${r.baseline?.measure.value.toFixed(1)} → ${r.candidate.measure.value.toFixed(1)} ${r.candidate.measure.unit}`,
      )
  })
