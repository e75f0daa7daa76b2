/**
 * `pnpm --filter @ntm/core check:package`: build → `pnpm pack` → check the tarball's files and manifest →
 * publint → @arethetypeswrong/cli. Prints the time of each step. Exits non-zero on the first failure.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { build } from "./build.ts"

const root = new URL("..", import.meta.url)

const timed = <A>(label: string, step: () => A): A => {
  const start = performance.now()
  const result = step()
  console.log(`✓ ${label} (${((performance.now() - start) / 1000).toFixed(2)} s)`)
  return result
}

const run = (command: string, args: ReadonlyArray<string>): string =>
  execFileSync(command, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })

const out = mkdtempSync(join(tmpdir(), "ntm-core-pack-"))
try {
  timed("build", build)
  const tarball = timed("pnpm pack", () => {
    run("pnpm", ["pack", "--pack-destination", out])
    const name = run("ls", [out]).trim()
    return join(out, name)
  })
  timed("tarball contents", () => {
    const files = run("tar", ["-tzf", tarball]).split("\n")
    const manifest = JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"]))
    const expected = Object.values(manifest.exports as Record<string, { types: string; default: string }>)
      .flatMap((entry) => [entry.types, entry.default])
      .map((path) => `package/${path.slice(2)}`)
    const missing = expected.filter((path) => !files.includes(path))
    if (missing.length > 0) throw new Error(`tarball lacks ${missing.join(", ")}`)
    if (files.some((path) => path.startsWith("package/test/") || path.startsWith("package/scripts/")))
      throw new Error("tarball contains tests or scripts")
    if (manifest.exports["."]?.default !== "./dist/index.js" || manifest.main !== "./dist/index.js")
      throw new Error("pnpm did not apply publishConfig to the packed package.json")
    console.log(`  ${files.length - 1} files, ${Object.keys(manifest.exports).length} entry points`)
  })
  timed("publint", () => console.log(run("publint", ["run", tarball, "--strict"])))
  timed("attw", () => console.log(run("attw", [tarball, "--profile", "esm-only"])))
} finally {
  rmSync(out, { recursive: true, force: true })
}
