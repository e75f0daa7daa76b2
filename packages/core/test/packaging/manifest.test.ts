/** The package manifest: published entry points are derived from the workspace ones and every entry exists. */
import { existsSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { publishConfigOf, publishedEntry } from "../../../../scripts/packaging/publishExports.ts"

const coreDir = new URL("../../", import.meta.url)
const manifest = JSON.parse(readFileSync(new URL("package.json", coreDir), "utf8"))

describe("@ntm/core package.json", () => {
  it("publishConfig is what `pnpm build` derives from exports (run it after adding an entry point)", () => {
    expect(manifest.publishConfig).toEqual(publishConfigOf(manifest.exports))
  })

  it("every workspace entry point exists in src/", () => {
    const missing = Object.values<string>(manifest.exports).filter((path) => !existsSync(new URL(path, coreDir)))
    expect(missing).toEqual([])
  })

  it("is side-effect free, ESM, and ships dist and sources only", () => {
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.type).toBe("module")
    expect(manifest.files).toEqual(["dist", "src", "CHANGELOG.md", "LICENSE"])
  })

  it("maps a source entry to its built declaration and module, and rejects anything else", () => {
    expect(publishedEntry("./src/units/index.ts")).toEqual({
      types: "./dist/units/index.d.ts",
      default: "./dist/units/index.js",
    })
    expect(() => publishedEntry("./lib/units.js")).toThrow(/not of the form/)
  })
})
