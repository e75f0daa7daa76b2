/** Builds the publishable @ntm/core: derives `publishConfig` from `exports`, then emits ESM + declarations to dist/. */
import { execFileSync } from "node:child_process"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { publishConfigOf } from "./publishExports.ts"

const manifestFile = new URL("../package.json", import.meta.url)
const dist = new URL("../dist", import.meta.url)

/** Rewrites `publishConfig` in package.json when it no longer matches `exports`; returns whether it changed. */
export const syncPublishConfig = (): boolean => {
  const before = readFileSync(manifestFile, "utf8")
  const manifest = JSON.parse(before)
  const after = `${JSON.stringify({ ...manifest, publishConfig: publishConfigOf(manifest.exports) }, null, 2)}\n`
  if (after === before) return false
  writeFileSync(manifestFile, after)
  return true
}

/** Cleans dist/ and compiles src/ with the workspace's TypeScript 7 `tsc` (see tsconfig.build.json). */
export const build = (): void => {
  if (syncPublishConfig()) console.log("package.json: publishConfig updated from exports")
  rmSync(dist, { recursive: true, force: true })
  execFileSync("tsc", ["-p", "tsconfig.build.json"], { cwd: new URL("..", import.meta.url), stdio: "inherit" })
}

if (import.meta.url === `file://${process.argv[1]}`) build()
