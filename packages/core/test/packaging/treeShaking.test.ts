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
})
