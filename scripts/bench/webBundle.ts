/**
 * The web bench item: builds the dashboard (`vite build` into a temporary folder) and measures what a browser
 * downloads — the first screen (index.html and the files it references) and each lazily loaded chunk — minified
 * and gzip -9. `pnpm bench` writes the table into docs/benchmarks.md; the smoke run builds and checks the budget.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { smoke as smokeFromEnv } from "./options.ts"

/** The first screen's budget in gzip bytes (HTML + CSS + JS before sign-in): a project target, not a standard. */
export const FIRST_SCREEN_BUDGET = 20_000

/** One file of the build. */
export interface BuiltFile {
  readonly file: string
  readonly bytes: number
  readonly gzip: number
  /** Loaded by the first screen (referenced from index.html), else loaded on demand. */
  readonly initial: boolean
}

/** The files a build's `index.html` references (scripts, stylesheets, module preloads). */
const referenced = (html: string): Set<string> =>
  new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/gu)].map((m) => m[1] as string))

/**
 * Builds `packages/web` into a temporary folder and sizes every file (gzip level 9, like `gzip -9`).
 *
 * @example
 * measureWebBundle(root).filter((f) => f.initial).reduce((s, f) => s + f.gzip, 0) // first-screen bytes
 */
export const measureWebBundle = (root: string): Array<BuiltFile> => {
  const out = mkdtempSync(join(tmpdir(), "ntm-web-bench-"))
  try {
    execFileSync("pnpm", ["--filter", "@ntm/web", "exec", "vite", "build", "--outDir", out, "--emptyOutDir"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    })
    const html = readFileSync(join(out, "index.html"))
    const initial = referenced(html.toString("utf8"))
    const size = (file: string, bytes: Buffer, first: boolean): BuiltFile => ({
      file,
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      initial: first,
    })
    const assets = readdirSync(join(out, "assets")).map((name) => {
      const file = `assets/${name}`
      return size(file, readFileSync(join(out, file)), initial.has(file))
    })
    return [size("index.html", html, true), ...assets].sort(
      (a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip,
    )
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

const kB = (n: number) => (n / 1000).toFixed(2)

/** The hash-free name of a built file ("assets/Overview-B3cSSEBI.js" → "Overview-*.js"). */
const stable = (file: string) => file.replace(/^assets\//u, "").replace(/-[\w-]{8}\.(js|css)$/u, "-*.$1")

/**
 * The markdown section of docs/benchmarks.md, or (smoke) one line; throws when the first screen is over budget.
 *
 * @example
 * doc.push(...webBundleSection(root, { smoke }))
 */
export const webBundleSection = (root: string, options: { readonly smoke?: boolean } = {}): Array<string> => {
  const files = measureWebBundle(root)
  const first = files.filter((f) => f.initial).reduce((s, f) => s + f.gzip, 0)
  const verdict = first <= FIRST_SCREEN_BUDGET ? "met" : "**missed**"
  const summary = `first screen ${kB(first)} kB gzip (budget ≤ ${kB(FIRST_SCREEN_BUDGET)} kB: ${verdict})`
  if (options.smoke ?? smokeFromEnv) {
    console.log(`web bundle: ${summary}; ${files.length} files`)
    if (first > FIRST_SCREEN_BUDGET) throw new Error(`web bundle: ${summary}`)
    return []
  }
  return [
    "## Web dashboard bundle",
    "",
    `\`vite build\` of packages/web, sizes minified and gzip -9 (scripts/bench/webBundle.ts). ${summary}.`,
    "",
    "| file | loaded | minified (kB) | gzip (kB) |",
    "|---|---|---|---|",
    ...files.map(
      (f) => `| ${stable(f.file)} | ${f.initial ? "first screen" : "on demand"} | ${kB(f.bytes)} | ${kB(f.gzip)} |`,
    ),
    "",
  ]
}
