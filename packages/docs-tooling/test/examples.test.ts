/**
 * The `@example`s of @ntm/core that import from `@ntm/core` run as written: each becomes a module (the package's
 * subpath imports pointed at the sources), and every line `expression // => expected` asserts that the expression
 * equals the expected value. They also type-check, under the workspace's strict options (TypeScript 6 here).
 * An example without such an import is a sketch and is left alone.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import ts from "typescript"
import { afterAll, describe, expect, it } from "vitest"

const core = fileURLToPath(new URL("../../core/", import.meta.url))
const manifest: { exports: Record<string, string> } = JSON.parse(readFileSync(join(core, "package.json"), "utf8"))

/** One runnable example: where it is documented, and its code. */
interface Example {
  readonly name: string
  readonly code: string
}

/** The code of every `@example` in a doc comment, with the name of the declaration that follows the comment. */
export const examplesIn = (file: string, text: string): Array<Example> => {
  const found: Array<Example> = []
  for (const m of text.matchAll(
    /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:const|function|class|type|interface)\s+(\w+)/gu,
  )) {
    const body = (m[1] ?? "").replace(/^[ \t]*\* ?/gmu, "")
    for (const block of body.split(/^@(?=\w)/mu).filter((b) => b.startsWith("example"))) {
      const text = block.slice("example".length)
      const fenced = /```(?:ts|typescript)?\n([\s\S]*?)```/u.exec(text)
      found.push({ name: `${file} ${m[2]}`, code: fenced?.[1] ?? text })
    }
  }
  return found
}

/** The example with its `@ntm/core` subpath imports resolved to the sources. */
const resolved = (code: string): string =>
  code.replace(/from "(@ntm\/core(?:\/[\w-]+)?)"/gu, (_, spec: string) => {
    const entry = manifest.exports[spec === "@ntm/core" ? "." : `.${spec.slice("@ntm/core".length)}`]
    if (entry === undefined) throw new Error(`${spec} is not an export of @ntm/core`)
    return `from ${JSON.stringify(join(core, entry))}`
  })

/** The example as a module: imports resolved, `// =>` lines as assertions. */
export const runnable = (code: string): string =>
  resolved(code).replace(/^(\s*)(\S.*?)\s*\/\/ => (.+)$/gmu, "$1;(globalThis as any).__docExpect(($2), ($3))")

const examples = readdirSync(join(core, "src"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .flatMap((f) => examplesIn(f, readFileSync(join(core, "src", f), "utf8")))
  .filter((e) => e.code.includes('from "@ntm/core'))

// Inside core's node_modules, so an example's other imports (`effect`) resolve as they would for core itself.
const dir = join(core, "node_modules", ".doc-examples")
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
afterAll(() => rmSync(dir, { recursive: true, force: true }))
;(globalThis as { __docExpect?: (actual: unknown, expected: unknown) => void }).__docExpect = (actual, expected) =>
  expect(actual).toEqual(expected)

describe("runnable @examples of @ntm/core", () => {
  it("there are some", () => expect(examples.length).toBeGreaterThan(0))
  it.each(examples.map((e, i) => [e.name, e.code, i] as const))("%s", async (_name, code, i) => {
    const file = join(dir, `example${i}.ts`)
    writeFileSync(file, runnable(code))
    await import(pathToFileURL(file).href)
  })
  it("no example line starts with ( or [, which would continue the previous statement when copied", () => {
    const hazards = examples.flatMap((e) =>
      e.code
        .split("\n")
        .filter((line) => /^[([]/u.test(line))
        .map((line) => `${e.name}: ${line}`),
    )
    expect(hazards).toEqual([])
  })
  it("every runnable example type-checks", () => {
    const files = examples.map((e, i) => {
      const file = join(dir, `typed${i}.ts`)
      writeFileSync(file, `${resolved(e.code)}\nexport {}\n`)
      return file
    })
    const base = fileURLToPath(new URL("../../../tsconfig.base.json", import.meta.url))
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(base, ts.sys.readFile).config, ts.sys, dir)
    const program = ts.createProgram(files, config.options)
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file === undefined ? "" : `${d.file.fileName.replace(dir, "example")} `
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`
    })
    expect(errors).toEqual([])
  })
  it("an example whose `// =>` value is wrong fails", async () => {
    const file = join(dir, "wrong.ts")
    writeFileSync(file, runnable('import { Vnd } from "@ntm/core/money"\nVnd.vnd(1) // => 2n\n'))
    await expect(import(pathToFileURL(file).href)).rejects.toThrow()
  })
})
