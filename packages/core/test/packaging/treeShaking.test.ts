/** Tree-shaking: a consumer that imports one entry (the evaluator, a formatter) must not pull in the contribution ledger. */
import { build } from "esbuild"
import { describe, expect, it } from "vitest"

const coreDir = new URL("../..", import.meta.url).pathname

/**
 * Identifiers that exist only in `src/contributions/aggregate.ts` (a function name and a dimension name).
 * If the ledger's aggregation is in a bundle, these strings are in it.
 */
const LEDGER_MARKERS = ["statusSummary", '"cashOrInKind"'] as const

/** Bundles `source` as a consumer of @ntm/core would (ESM, tree-shaking on, not minified so names survive). */
const bundle = async (source: string): Promise<string> => {
  const result = await build({
    stdin: { contents: source, resolveDir: coreDir, loader: "ts", sourcefile: "consumer.ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    treeShaking: true,
    minify: false,
    charset: "utf8",
    external: ["effect", "effect/*"],
    logLevel: "silent",
  })
  return result.outputFiles[0]?.text ?? ""
}

const ledgerMarkersIn = (code: string): ReadonlyArray<string> => LEDGER_MARKERS.filter((m) => code.includes(m))

// Bundling can take seconds on a loaded machine: a generous timeout, not a speed check.
describe("tree-shaking of @ntm/core", { timeout: 30_000 }, () => {
  it("a consumer of the criteria evaluator gets the evaluator but no ledger code", async () => {
    const code = await bundle(`
      import { evaluate } from "@ntm/core/criteria"
      export const judge = (pack, input) => evaluate(pack, input)
    `)
    expect(code).toContain("thresholdColumn")
    expect(ledgerMarkersIn(code)).toEqual([])
  })

  it("a consumer of Money's format gets the formatter but no ledger code", async () => {
    const code = await bundle(`
      import { Vnd, VndFormat } from "@ntm/core/money"
      console.log(VndFormat.format(Vnd.vnd(643_730_000), { language: "vi", scale: "million" }))
    `)
    expect(code).toContain("triệu")
    expect(ledgerMarkersIn(code)).toEqual([])
  })

  it("a consumer of the units name normaliser, through the root entry, gets no ledger code", async () => {
    const code = await bundle(`
      import { Units } from "@ntm/core"
      console.log(Units.looseKey("Xã Bản Phiệt"))
    `)
    expect(code).toContain("looseKey")
    expect(ledgerMarkersIn(code)).toEqual([])
  })

  it("control: a consumer of the ledger's aggregation does get the ledger code (so the check above can fail)", async () => {
    const code = await bundle(`
      import { Contributions } from "@ntm/core"
      console.log(Contributions.Aggregate.statusSummary([]))
    `)
    expect(ledgerMarkersIn(code)).toEqual(LEDGER_MARKERS)
  })

  // A server that only marks demo results (the API's handlers) must not build the demo packs at import.
  const DEMO_PACK_MARKER = "laoCaiDemoNtmPack"

  it("a consumer of builtOnDemoFillIn and DEMO_NOTICE gets neither the demo packs nor their fill-in", async () => {
    const code = await bundle(`
      import { builtOnDemoFillIn, DEMO_NOTICE } from "@ntm/core/demo"
      export const mark = (ev) => (builtOnDemoFillIn(ev) ? DEMO_NOTICE : undefined)
    `)
    expect(code).toContain("demo:lao-cai-894-2022/commune-ntm/fill-in")
    expect(code).not.toContain(DEMO_PACK_MARKER)
    expect(code).not.toContain("laoCai2022Contributions")
  })

  it("control: a consumer of the demo packs does get them (so the check above can fail)", async () => {
    const code = await bundle(`
      import { laoCaiDemoNtmPack } from "@ntm/core/demo"
      console.log(laoCaiDemoNtmPack.id)
    `)
    expect(code).toContain(DEMO_PACK_MARKER)
  })
})
