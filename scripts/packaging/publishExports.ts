/**
 * Derives the published `exports` of a publishable workspace package (@ntm/core, @ntm/api) from its workspace `exports`.
 *
 * The workspace `exports` map (`"./criteria": "./src/criteria/index.ts"`) is the single list of entry points:
 * workspace packages import the TypeScript sources directly. The published package must point at the built
 * `dist/` instead, so `publishConfig` (which pnpm substitutes at `pnpm pack`/`pnpm publish`) is derived from it:
 * `./src/x/index.ts` → `{ types: "./dist/x/index.d.ts", default: "./dist/x/index.js" }`.
 * Adding an entry point is one line in `exports`; `pnpm --filter <package> build` rewrites `publishConfig`
 * and a test fails while the two disagree.
 */

/** A conditional export of the published package: declarations first, then the ES module. */
export interface PublishedEntry {
  readonly types: string
  readonly default: string
}

/** The `publishConfig` fields derived from the workspace `exports`. */
export interface PublishConfig {
  readonly access: "public"
  readonly main: string
  readonly types: string
  readonly exports: Readonly<Record<string, PublishedEntry>>
}

const SOURCE = /^\.\/src\/(.+)\.ts$/

/**
 * Maps one workspace source path to its built files.
 *
 * @example
 * publishedEntry("./src/units/index.ts") // { types: "./dist/units/index.d.ts", default: "./dist/units/index.js" }
 */
export const publishedEntry = (source: string): PublishedEntry => {
  const match = SOURCE.exec(source)
  if (match === null) throw new Error(`exports target ${source} is not of the form ./src/<path>.ts`)
  return { types: `./dist/${match[1]}.d.ts`, default: `./dist/${match[1]}.js` }
}

/**
 * Derives `publishConfig` from the workspace `exports` map, keeping its order.
 *
 * @example
 * publishConfigOf({ ".": "./src/index.ts" }).main // "./dist/index.js"
 */
export const publishConfigOf = (exports: Readonly<Record<string, string>>): PublishConfig => {
  const entries = Object.fromEntries(Object.entries(exports).map(([key, source]) => [key, publishedEntry(source)]))
  const root = entries["."]
  if (root === undefined) throw new Error('exports has no "." entry')
  return { access: "public", main: root.default, types: root.types, exports: entries }
}
