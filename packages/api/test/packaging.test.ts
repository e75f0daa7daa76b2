/** The @ntm/api manifest and sources: published entries derived from the workspace ones, no server dependency. */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { publishConfigOf } from "../../../scripts/packaging/publishExports.ts"

const apiDir = new URL("../", import.meta.url)
const repoRoot = new URL("../../../", import.meta.url)
const manifest = JSON.parse(readFileSync(new URL("package.json", apiDir), "utf8"))

/** Every module under src/, as paths relative to src/. */
const sources = (dir = new URL("src/", apiDir), prefix = ""): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`)
      : entry.name.endsWith(".ts")
        ? [`${prefix}${entry.name}`]
        : [],
  )

/** The bare specifiers (not relative paths) a module imports or re-exports; comments (e.g. `@example`s) are skipped. */
const bareImports = (text: string): Array<string> =>
  [...text.replace(/\/\*[\s\S]*?\*\//gu, "").matchAll(/^(?:import|export)\b[^"]*?from\s+"([^"]+)"/gmu)]
    .map((m) => m[1] ?? "")
    .filter((specifier) => !specifier.startsWith("."))

/** The package a bare specifier names: `@ntm/core/criteria` → `@ntm/core`, `effect/http-api` → `effect`. */
const packageOf = (specifier: string): string =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/")

describe("@ntm/api package.json", () => {
  it("publishConfig is what `pnpm --filter @ntm/api build` derives from exports", () => {
    expect(manifest.publishConfig).toEqual(publishConfigOf(manifest.exports))
  })

  it("has the entry points `.` and `./client`, and each exists in src/", () => {
    expect(Object.keys(manifest.exports)).toEqual([".", "./client"])
    const missing = Object.values<string>(manifest.exports).filter((path) => !existsSync(new URL(path, apiDir)))
    expect(missing).toEqual([])
  })

  it("is side-effect free, ESM, and ships dist, sources, changelog and licence", () => {
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.type).toBe("module")
    expect(manifest.private).toBeUndefined()
    expect(manifest.files).toEqual(["dist", "src", "CHANGELOG.md", "LICENSE"])
  })

  it("depends on effect and @ntm/core only", () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["@ntm/core", "effect"])
  })
})

describe("@ntm/api sources", () => {
  it("import no package but effect and @ntm/core (no AWS SDK, no exceljs, no @ntm/functions, no Node built-in)", () => {
    const foreign = sources().flatMap((path) =>
      bareImports(readFileSync(new URL(`src/${path}`, apiDir), "utf8"))
        .filter((specifier) => !["effect", "@ntm/core"].includes(packageOf(specifier)))
        .map((specifier) => `${path}: ${specifier}`),
    )
    expect(foreign).toEqual([])
  })

  it("the import scan sees bare specifiers and skips relative ones (so the check above can fail)", () => {
    const text = `import { a } from "./a.ts"\nimport type { B } from "@aws-sdk/client-dynamodb"\nexport * from "node:fs"\n`
    expect(bareImports(text)).toEqual(["@aws-sdk/client-dynamodb", "node:fs"])
    // An @example in a doc comment is not an import.
    expect(bareImports(`/**\n * @example\n * import { x } from "@ntm/api"\n */\nexport const y = 1\n`)).toEqual([])
    expect(packageOf("@ntm/core/criteria")).toBe("@ntm/core")
    expect(packageOf("effect/http-api")).toBe("effect")
  })
})

describe("LICENSE", () => {
  const root = readFileSync(new URL("LICENSE", repoRoot), "utf8")

  it("the repository's LICENSE is the Apache License 2.0", () => {
    expect(root).toContain("Apache License\n                           Version 2.0, January 2004")
    expect(root).toContain("END OF TERMS AND CONDITIONS")
  })

  it.each(["packages/core", "packages/api"])("%s ships the same LICENSE as the repository", (dir) => {
    expect(readFileSync(new URL(`${dir}/LICENSE`, repoRoot), "utf8")).toBe(root)
  })
})
