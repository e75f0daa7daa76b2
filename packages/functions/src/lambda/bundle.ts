/** How the Lambda entry is bundled: the esbuild options the CDK asset and the P4 benchmark share, and what to ship. */
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { BuildOptions, Metafile, OutputFile } from "esbuild"

/** The Lambda entry of the whole API (exports `handler`). */
export const LAMBDA_ENTRY = fileURLToPath(new URL("./api.ts", import.meta.url))

/**
 * esbuild emits ESM, but bundled CommonJS dependencies (the AWS SDK, exceljs) still call `require`; this banner,
 * put at the top of every output file, gives them one.
 */
export const ESM_REQUIRE_BANNER = "import{createRequire}from'module';const require=createRequire(import.meta.url);"

/** The file holding `handler` in the bundle's folder (the function's handler is `index.handler`). */
export const HANDLER_FILE = "index.mjs"

/**
 * `NODE_OPTIONS` of the function. Empty: with `--enable-source-maps` Node reads and parses the source map of every
 * file it loads at import (~1.4 MB of JSON for the API), a cost on every cold start that P4 measures in its own row.
 * The maps are shipped beside the code, so a minified stack trace from the logs can be mapped back offline, or the
 * flag turned on while investigating (infra: `sourceMaps`).
 */
export const HANDLER_NODE_OPTIONS = ""

/** What to bundle, where to, and for which Node. */
export interface LambdaBundle {
  readonly entry: string
  readonly outdir: string
  /** Bundle the AWS SDK (the pinned, tested version) instead of using the Lambda runtime's. */
  readonly bundleAwsSdk: boolean
  /** esbuild target, e.g. "node22" (the Lambda runtime). */
  readonly target: string
}

/**
 * The esbuild options: minified ESM, {@link HANDLER_FILE} plus chunks, a source map without sources.
 *
 * Code splitting is the point: a dynamic `import()` (exceljs behind the XLSX export) becomes a chunk loaded by the
 * first request that needs it, instead of being parsed and compiled at every cold start as in a one-file bundle.
 * Outputs are returned in memory (`write: false`) so only {@link shippedFiles} are written.
 *
 * @example
 * const result = await esbuild.build(lambdaBuildOptions({ entry: LAMBDA_ENTRY, outdir, bundleAwsSdk: true, target: "node22" }))
 */
export const lambdaBuildOptions = (bundle: LambdaBundle): BuildOptions & { metafile: true; write: false } => ({
  entryPoints: { index: bundle.entry },
  outdir: bundle.outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: bundle.target,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ["module", "main"],
  banner: { js: ESM_REQUIRE_BANNER },
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  external: bundle.bundleAwsSdk ? [] : ["@aws-sdk/*"],
  metafile: true,
  write: false,
  logLevel: "error",
})

/** A finished build: what {@link lambdaBuildOptions} makes esbuild return. */
export interface LambdaBuild {
  readonly metafile: Metafile
  readonly outputFiles: ReadonlyArray<OutputFile>
}

/** The output files that importing `from` loads, following `kinds` of import (metafile paths are cwd-relative). */
const closure = (build: LambdaBuild, outdir: string, kinds: ReadonlySet<string>): Array<OutputFile> => {
  const { outputs } = build.metafile
  const index = path.join(outdir, HANDLER_FILE)
  const entry = Object.keys(outputs).find((f) => path.resolve(f) === index)
  if (entry === undefined) throw new Error(`esbuild wrote no ${index}`)
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const i of outputs[file]?.imports ?? []) if (!i.external && kinds.has(i.kind)) visit(i.path)
  }
  visit(entry)
  const wanted = new Set([...seen].map((f) => path.resolve(f)))
  return build.outputFiles.filter((o) => wanted.has(o.path))
}

/**
 * The output files worth shipping: those the entry can load (static or dynamic imports) and their source maps.
 * esbuild also emits a chunk for every `import()` it scanned, even in code it then drops as unused (effect's API
 * documentation pages, ~5 MB), which no request can load.
 *
 * @example
 * writeOutputs(shippedFiles(esbuild.buildSync(lambdaBuildOptions(bundle)), bundle.outdir))
 */
export const shippedFiles = (build: LambdaBuild, outdir: string): Array<OutputFile> => {
  const code = new Set(closure(build, outdir, new Set(["import-statement", "dynamic-import"])).map((o) => o.path))
  return build.outputFiles.filter((o) => code.has(o.path) || code.has(o.path.replace(/\.map$/u, "")))
}

/**
 * The output files a cold start loads: the entry and what it imports statically — not the chunks behind `import()`.
 *
 * @example
 * coldStartFiles(build, outdir).reduce((n, f) => n + f.contents.length, 0) // bytes compiled at a cold start
 */
export const coldStartFiles = (build: LambdaBuild, outdir: string): Array<OutputFile> =>
  closure(build, outdir, new Set(["import-statement"]))

/** Writes output files to their paths, creating folders. */
export const writeOutputs = (files: ReadonlyArray<OutputFile>): void => {
  for (const f of files) {
    mkdirSync(path.dirname(f.path), { recursive: true })
    writeFileSync(f.path, f.contents)
  }
}
