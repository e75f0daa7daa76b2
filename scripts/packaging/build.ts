/**
 * Builds a publishable workspace package (run in its directory: `pnpm --filter @ntm/core build`): derives
 * `publishConfig` from `exports`, then emits ESM + declarations to dist/.
 */
import { execFileSync } from "node:child_process"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { pathToFileURL } from "node:url"
import { publishConfigOf } from "./publishExports.ts"

/** The workspace's TypeScript 7 `tsc` (root devDependency), so builds do not depend on PATH. */
export const tsc = new URL("../../node_modules/.bin/tsc", import.meta.url).pathname

/** Rewrites `publishConfig` in the package.json of `dir` when it no longer matches `exports`; returns whether it changed. */
export const syncPublishConfig = (dir: URL): boolean => {
  const manifestFile = new URL("package.json", dir)
  const before = readFileSync(manifestFile, "utf8")
  const manifest = JSON.parse(before)
  const after = `${JSON.stringify({ ...manifest, publishConfig: publishConfigOf(manifest.exports) }, null, 2)}\n`
  if (after === before) return false
  writeFileSync(manifestFile, after)
  return true
}

/**
 * Cleans dist/ and compiles src/ of the package in `dir` (a directory URL ending in `/`) with tsconfig.build.json.
 *
 * @example
 * build(new URL("../../packages/api/", import.meta.url))
 */
export const build = (dir: URL): void => {
  if (syncPublishConfig(dir)) console.log("package.json: publishConfig updated from exports")
  rmSync(new URL("dist", dir), { recursive: true, force: true })
  execFileSync(tsc, ["-p", "tsconfig.build.json"], { cwd: dir, stdio: "inherit" })
}

/** The package in the current directory, as a directory URL. */
export const currentPackage = (): URL => pathToFileURL(`${process.cwd()}/`)

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) build(currentPackage())
