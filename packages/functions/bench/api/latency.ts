/**
 * P3: p50 / p99 latency of one read endpoint (GET /v1/contributions/{id}) and one write endpoint (POST
 * /v1/contributions with an Idempotency-Key) under 50 concurrent clients (autocannon), through the local server on
 * DynamoDB Local, against a minimal node:http server sending the same DynamoDB commands with the raw SDK.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import autocannon from "autocannon"
import type { BenchItem, Row } from "../../../../scripts/bench/item.ts"
import { median } from "../../../../scripts/bench/item.ts"
import { benchCashLine, dynamoWithTable, functionsRoot, startChild } from "../support.ts"
import type { Recorded, Template } from "./server.ts"

const TABLE = "bench-api"
const line = benchCashLine()

interface Latency {
  readonly p50: number
  readonly p99: number
  /** CPU time of the server's process per answered request (ms), when /proc tells it; NaN otherwise. */
  readonly cpu: number
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ; 100 on Linux unless `getconf` says otherwise). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100
  } catch {
    return 100
  }
})()

/** CPU time (user + system, ms) the process `pid` has used, or NaN where /proc is not there. */
const cpuTimeMs = (pid: number): number => {
  try {
    // After the command name (which may hold spaces) index 0 is field 3 (state): utime (14) and stime (15) are 11, 12.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? []
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond
  } catch {
    return Number.NaN
  }
}

let run = 0
/** One autocannon run; every write gets its own idempotency key. Fails on any error or non-2xx answer. */
const load = async (
  server: { readonly url: string; readonly pid: number },
  endpoint: "read" | "write",
  path: string,
  token: string | undefined,
  options: { connections: number; duration?: number; amount?: number },
): Promise<Latency> => {
  const { url, pid } = server
  const prefix = `k${++run}-`
  let n = 0
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
  }
  const cpuBefore = cpuTimeMs(pid)
  const result = await autocannon({
    url: `${url}${path}`,
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.duration ?? 10 } : { amount: options.amount }),
    requests: [
      endpoint === "read"
        ? { method: "GET", headers }
        : {
            method: "POST",
            setupRequest: (req) => ({
              ...req,
              headers: { ...headers, "idempotency-key": `${prefix}${++n}` },
              body: JSON.stringify(line),
            }),
          },
    ],
  })
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0)
    throw new Error(
      `${endpoint} on ${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`,
    )
  const cpu = (cpuTimeMs(pid) - cpuBefore) / result.requests.total
  return { p50: result.latency.p50, p99: result.latency.p99, cpu }
}

/** The P3 item. */
export const apiLatency: BenchItem = {
  name: "P3 API latency under 50 clients",
  run: async ({ smoke }) => {
    const dir = join(functionsRoot, "dist", "bench")
    mkdirSync(dir, { recursive: true })
    const file = join(dir, "p3-commands.json")
    const dynamo = await dynamoWithTable(TABLE)
    const stops: Array<() => Promise<void>> = [dynamo.stop]
    try {
      const real = await startChild<{ url: string; token: string; pid: number }>("bench/api/server.ts", [
        "real",
        dynamo.endpoint,
        TABLE,
        file,
      ])
      stops.unshift(real.stop)
      const auth = { authorization: `Bearer ${real.ready.token}`, "content-type": "application/json" }
      // The template requests: one create and one read through the API, recording their DynamoDB commands.
      const key = "bench-template-key"
      const created = await fetch(`${real.ready.url}/v1/contributions`, {
        method: "POST",
        headers: { ...auth, "idempotency-key": key, "x-bench-record": "1" },
        body: JSON.stringify(line),
      })
      if (created.status !== 201) throw new Error(`create answered ${created.status}: ${await created.text()}`)
      const { id } = (await created.json()) as { id: string }
      const readPath = `/v1/contributions/${id}`
      const got = await fetch(`${real.ready.url}${readPath}`, { headers: { ...auth, "x-bench-record": "1" } })
      if (got.status !== 200) throw new Error(`read answered ${got.status}`)
      const recorded = (method: string) => JSON.parse(readFileSync(`${file}.${method}`, "utf8")) as Array<Recorded>
      const template: Template = { id, key, create: recorded("POST"), read: recorded("GET") }
      writeFileSync(file, JSON.stringify(template))
      console.log(
        `  DynamoDB work per request — write: ${template.create.map((r) => r.command).join(" → ")}; read: ${template.read.map((r) => r.command).join(" → ")}`,
      )
      const raw = await startChild<{ url: string; pid: number }>("bench/api/server.ts", [
        "raw",
        dynamo.endpoint,
        TABLE,
        file,
      ])
      stops.unshift(raw.stop)
      const servers = { baseline: raw.ready, candidate: real.ready }
      const tokenOf = (server: { url: string }) => (server.url === real.ready.url ? real.ready.token : undefined)
      const rows: Array<Row> = []
      for (const endpoint of ["read", "write"] as const) {
        const path = endpoint === "read" ? readPath : "/v1/contributions"
        const measured = { baseline: [] as Array<Latency>, candidate: [] as Array<Latency> }
        if (smoke) {
          for (const side of ["baseline", "candidate"] as const)
            measured[side].push(
              await load(servers[side], endpoint, path, tokenOf(servers[side]), { connections: 5, amount: 20 }),
            )
        } else {
          for (const side of ["baseline", "candidate"] as const)
            await load(servers[side], endpoint, path, tokenOf(servers[side]), { connections: 50, duration: 3 })
          // Rounds in ABBA order so a drift (table growth, other load) touches both sides alike.
          for (const side of ["baseline", "candidate", "candidate", "baseline", "baseline", "candidate"] as const)
            measured[side].push(
              await load(servers[side], endpoint, path, tokenOf(servers[side]), { connections: 50, duration: 10 }),
            )
        }
        const what =
          endpoint === "read"
            ? "read: GET /v1/contributions/{id}"
            : "write: POST /v1/contributions with an Idempotency-Key"
        const baselineName = "baseline: node:http + raw SDK, the same DynamoDB commands"
        const candidateName = "the API through the local server (auth, validation, policy, audit)"
        for (const p of ["p50", "p99"] as const)
          rows.push({
            group: `P3 ${what}, 50 clients — ${p} latency`,
            baseline: {
              name: baselineName,
              measure: { value: median(measured.baseline.map((l) => l[p])), unit: "ms" },
            },
            candidate: {
              name: candidateName,
              measure: { value: median(measured.candidate.map((l) => l[p])), unit: "ms" },
            },
          })
        // The server process's own CPU per request (DynamoDB Local's is the same work on both sides): steadier than
        // latency on a shared machine, and what the latency ratio follows. For information (no target).
        if (!smoke && measured.candidate.every((l) => Number.isFinite(l.cpu)))
          rows.push({
            group: `P3 ${what}, 50 clients — server CPU per request`,
            baseline: {
              name: baselineName,
              measure: { value: median(measured.baseline.map((l) => l.cpu)), unit: "ms" },
            },
            candidate: {
              name: candidateName,
              measure: { value: median(measured.candidate.map((l) => l.cpu)), unit: "ms" },
            },
            target: null,
          })
      }
      return rows
    } finally {
      for (const stop of stops) await stop()
    }
  },
}
