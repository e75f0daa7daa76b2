/**
 * Measures the Lambda entry: bundle size (esbuild, minified ESM, AWS SDK external as on the Lambda runtime) and cold
 * start (fresh `node` per run: import the bundle, then the first request, then one warm request) against DynamoDB
 * Local, for the HttpApi router and the hand-written baseline. Run: `pnpm --filter @ntm/functions bench:cold`.
 */
import "../src/local/quietNode20.ts"
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import { startDynamoLocal } from "../src/local/dynamoLocal.ts"
import { makeDynamoClient } from "../src/table/client.ts"
import { ensureTable } from "../src/table/create.ts"

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const out = join(root, "dist", "bench")
const runs = Number(process.env.RUNS ?? 9)

const entries = {
  "HttpApi router (src/lambda/api.ts)": join(root, "src/lambda/api.ts"),
  "hand-written routing (bench/handwritten.ts)": join(root, "bench/handwritten.ts"),
}

const probe = `
const t0 = performance.now()
const { handler } = await import(process.argv[2])
const t1 = performance.now()
const ev = (path) => ({ version: "2.0", rawPath: path, rawQueryString: "", headers: { host: "x" }, isBase64Encoded: false,
  requestContext: { requestId: "r", domainName: "x", http: { method: "GET", path },
    authorizer: { jwt: { claims: { sub: "a", "cognito:groups": "[province-admin]", "custom:province": "91" } } } } })
const r1 = await handler(ev("/v1/audit/Bench/1"))
const t2 = performance.now()
const r2 = await handler(ev("/v1/audit/Bench/1"))
const t3 = performance.now()
if (r1.statusCode !== 404 || r2.statusCode !== 404) throw new Error("unexpected status " + r1.statusCode)
console.log(JSON.stringify({ import: t1 - t0, first: t2 - t1, warm: t3 - t2 }))
`

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const main = async () => {
  mkdirSync(out, { recursive: true })
  const dynamo = await startDynamoLocal()
  const client = makeDynamoClient({ endpoint: dynamo.endpoint })
  await ensureTable(client, "bench")
  client.destroy()
  writeFileSync(join(out, "probe.mjs"), probe)
  const rows: Array<string> = []
  try {
    for (const [name, entry] of Object.entries(entries)) {
      const file = join(out, `${name.split(" ")[0]}.mjs`)
      await build({
        entryPoints: [entry],
        outfile: file,
        bundle: true,
        minify: true,
        format: "esm",
        platform: "node",
        target: "node20",
        external: ["@aws-sdk/*"],
        logLevel: "error",
      })
      const size = statSync(file).size
      const gz = gzipSync(readFileSync(file), { level: 9 }).length
      const samples = Array.from(
        { length: runs },
        () =>
          JSON.parse(
            execFileSync(process.execPath, [join(out, "probe.mjs"), file], {
              env: {
                ...process.env,
                TABLE_NAME: "bench",
                DYNAMODB_ENDPOINT: dynamo.endpoint,
                AWS_REGION: "local",
                AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
              },
              cwd: root,
              encoding: "utf8",
            })
              .trim()
              .split("\n")
              .at(-1)!,
          ) as { import: number; first: number; warm: number },
      )
      const imp = median(samples.map((s) => s.import))
      const first = median(samples.map((s) => s.first))
      const both = median(samples.map((s) => s.import + s.first))
      const warm = median(samples.map((s) => s.warm))
      rows.push(
        `| ${name} | ${(size / 1024).toFixed(1)} KiB | ${(gz / 1024).toFixed(1)} KiB | ${imp.toFixed(0)} ms | ${first.toFixed(0)} ms | **${both.toFixed(0)} ms** | ${warm.toFixed(1)} ms |`,
      )
    }
  } finally {
    await dynamo.stop()
  }
  console.log(
    `Node ${process.version}, ${runs} fresh processes each, medians; first request = GET /v1/audit (a DynamoDB Query).`,
  )
  console.log("| entry | minified | gzip -9 | import | 1st request | import + 1st | warm request |")
  console.log("|---|---|---|---|---|---|---|")
  for (const r of rows) console.log(r)
}

void main()
