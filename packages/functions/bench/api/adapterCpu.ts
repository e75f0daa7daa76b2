/**
 * The local server's adapter alone: server CPU per request of `GET /v1/health` (no DynamoDB, no token) with node's
 * request run natively, through WHATWG Request/Response objects (the path before), and a bare node:http server.
 * Usage: `node --import tsx bench/api/adapterCpu.ts [rounds=3]` (from packages/functions). Sides alternate.
 */
import { spawn } from "node:child_process"
import { createInterface } from "node:readline"
import autocannon from "autocannon"
import { median } from "../../../../scripts/bench/item.ts"

const start = async (mode: string) => {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/api/adapterServer.ts", mode], {
    stdio: ["pipe", "pipe", "inherit"],
  })
  const waiting: Array<(line: string) => void> = []
  createInterface({ input: child.stdout }).on("line", (l) => waiting.shift()?.(l))
  const next = () => new Promise<string>((r) => waiting.push(r))
  const { url } = JSON.parse(await next()) as { url: string }
  const cpu = async () => {
    const line = next()
    child.stdin.write("cpu\n")
    return (JSON.parse(await line) as { cpu: number }).cpu
  }
  return { url, cpu, stop: () => child.kill() }
}

const rounds = Number(process.argv[2] ?? 3)
const perRequest: Record<string, Array<number>> = { raw: [], web: [], native: [] }
for (let i = 0; i < rounds; i++)
  for (const mode of i % 2 === 0 ? ["web", "native", "raw"] : ["raw", "native", "web"]) {
    const server = await start(mode)
    await autocannon({ url: `${server.url}/v1/health`, connections: 20, duration: 2 })
    const before = await server.cpu()
    const result = await autocannon({ url: `${server.url}/v1/health`, connections: 20, duration: 5 })
    const us = ((await server.cpu()) - before) * (1000 / result.requests.total)
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${mode}: ${result.non2xx} non-2xx, ${result.errors} errors`)
    perRequest[mode]?.push(us)
    console.log(`${mode.padEnd(6)} ${result.requests.total} requests, ${us.toFixed(0)} µs CPU per request`)
    server.stop()
  }
for (const [mode, xs] of Object.entries(perRequest)) console.log(`median ${mode}: ${median(xs).toFixed(0)} µs`)
