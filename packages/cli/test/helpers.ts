/** Test helpers: a recording Io over a temporary directory, and running the real bin as a child process. */
import { execFile } from "node:child_process"
import { copyFile, mkdtemp } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Io } from "../src/Io.ts"

/** The fixtures folder. */
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures")

/** The real executable. */
export const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "ntm.js")

/** An Io that records what a command prints, rooted in `cwd`. */
export const recordingIo = (cwd: string, fetchImpl: typeof fetch = globalThis.fetch) => {
  const out: Array<string> = []
  const err: Array<string> = []
  const io: Io = {
    cwd,
    out: (s) => {
      out.push(s)
    },
    err: (s) => {
      err.push(s)
    },
    isTTY: false,
    fetch: fetchImpl,
  }
  return { io, out: () => out.join(""), err: () => err.join("") }
}

/** A fresh temporary directory with the named fixtures copied in. */
export const workDir = async (...names: ReadonlyArray<string>): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), "ntm-cli-"))
  for (const n of names) await copyFile(join(fixtures, n), join(dir, n))
  return dir
}

/** Runs `ntm <args>` as a child process in `cwd`: exit code, stdout and stderr. */
export const runBin = (
  args: ReadonlyArray<string>,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const env = { ...process.env }
    delete env.INIT_CWD
    execFile(process.execPath, [bin, ...args], { cwd, env }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr })
    })
  })
