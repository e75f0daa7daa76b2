/**
 * `pnpm --filter <package> check:package` (@ntm/core, @ntm/api): build → `pnpm pack` (with the workspace packages
 * it depends on) → check the tarball's files and manifest → publint → @arethetypeswrong/cli → a consumer, with the
 * tarballs installed, type-checks against every entry point with the workspace's `tsc` (library checking on).
 * Prints the time of each step. Exits non-zero on the first failure.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { currentPackage, tsc } from "./build.ts"
import { buildAndPack, installConsumer, type Step } from "./pack.ts"

const dir = currentPackage()

const timed: Step = (label, step) => {
  const start = performance.now()
  const result = step()
  console.log(`✓ ${label} (${((performance.now() - start) / 1000).toFixed(2)} s)`)
  return result
}

const run = (command: string, args: ReadonlyArray<string>): string =>
  execFileSync(command, args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })

/** The published manifest (after pnpm applied `publishConfig`) inside a tarball. */
const packedManifest = (tarball: string) => JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"]))

/** Checks that every published entry's files, the LICENSE and no tests or scripts are in the tarball. */
const checkContents = (tarball: string): void => {
  const files = run("tar", ["-tzf", tarball]).split("\n")
  const manifest = packedManifest(tarball)
  const expected = Object.values(manifest.exports as Record<string, { types: string; default: string }>)
    .flatMap((entry) => [entry.types, entry.default])
    .map((path) => `package/${path.slice(2)}`)
  const missing = [...expected, "package/LICENSE"].filter((path) => !files.includes(path))
  if (missing.length > 0) throw new Error(`tarball lacks ${missing.join(", ")}`)
  if (files.some((path) => path.startsWith("package/test/") || path.startsWith("package/scripts/")))
    throw new Error("tarball contains tests or scripts")
  if (manifest.exports["."]?.default !== "./dist/index.js" || manifest.main !== "./dist/index.js")
    throw new Error("pnpm did not apply publishConfig to the packed package.json")
  if (JSON.stringify(manifest).includes("workspace:"))
    throw new Error("pnpm left a workspace: range in the packed package.json")
  console.log(`  ${files.length - 1} files, ${Object.keys(manifest.exports).length} entry points`)
}

/**
 * Type-checks a module that imports every entry point of the packed package, with `skipLibCheck: false`, so a
 * broken declaration file fails here.
 */
const consumerTypecheck = (tarball: string, consumer: string): void => {
  const { name, exports } = packedManifest(tarball)
  const entries = Object.keys(exports as Record<string, unknown>)
  const imports = entries.map((key, i) => `import * as e${i} from "${key === "." ? name : `${name}/${key.slice(2)}`}"`)
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ type: "module" }))
  writeFileSync(
    join(consumer, "main.ts"),
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
  writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["main.ts"] }))
  run(tsc, ["-p", consumer])
}

const out = mkdtempSync(join(tmpdir(), "ntm-pack-"))
try {
  const packed = buildAndPack(dir, out, timed)
  const self = packed.at(-1)
  if (self === undefined) throw new Error("nothing was packed")
  timed("tarball contents", () => checkContents(self.tarball))
  timed("publint", () => console.log(run("publint", ["run", self.tarball, "--strict"])))
  timed("attw", () => console.log(run("attw", [self.tarball, "--profile", "esm-only"])))
  timed("consumer typecheck", () => {
    const consumer = join(out, "consumer")
    installConsumer(consumer, packed)
    consumerTypecheck(self.tarball, consumer)
  })
} finally {
  rmSync(out, { recursive: true, force: true })
}
