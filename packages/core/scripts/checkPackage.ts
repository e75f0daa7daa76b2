/**
 * `pnpm --filter @ntm/core check:package`: build → `pnpm pack` → check the tarball's files and manifest →
 * publint → @arethetypeswrong/cli → a consumer, with the tarball installed, type-checks against every entry point
 * with the workspace's `tsc` (library checking on). Prints the time of each step. Exits non-zero on the first failure.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
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

/**
 * Installs the tarball into a scratch consumer (effect linked from this workspace) and type-checks a module that
 * imports every entry point, with `skipLibCheck: false`, so a broken declaration file fails here.
 */
const consumerTypecheck = (tarball: string, dir: string): void => {
  const pkg = join(dir, "node_modules", "@ntm", "core")
  mkdirSync(pkg, { recursive: true })
  run("tar", ["-xzf", tarball, "-C", pkg, "--strip-components=1"])
  symlinkSync(new URL("../node_modules/effect", import.meta.url).pathname, join(dir, "node_modules", "effect"))
  const manifest = JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"]))
  const entries = Object.keys(manifest.exports as Record<string, unknown>)
  const imports = entries.map(
    (key, i) => `import * as e${i} from "${key === "." ? "@ntm/core" : `@ntm/core/${key.slice(2)}`}"`,
  )
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }))
  writeFileSync(
    join(dir, "main.ts"),
    `${imports.join("\n")}\nexport const all = [${entries.map((_, i) => `e${i}`).join(", ")}]\n`,
  )
  const compilerOptions = {
    target: "ES2022",
    module: "NodeNext",
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  }
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["main.ts"] }))
  run("tsc", ["-p", dir])
}

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
  timed("consumer typecheck", () => consumerTypecheck(tarball, join(out, "consumer")))
} finally {
  rmSync(out, { recursive: true, force: true })
}
