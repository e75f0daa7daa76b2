/**
 * Packs a publishable workspace package as npm would receive it, together with the workspace packages it depends on
 * (@ntm/api needs @ntm/core), and installs the tarballs into a scratch consumer — for `check:package` and for tests
 * of an outside app.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { build } from "./build.ts"

/** One packed package: its name, its workspace directory and the path of its tarball. */
export interface Packed {
  readonly name: string
  readonly dir: URL
  readonly tarball: string
}

/** Runs one step; `check:package` passes a timer, tests run steps as they are. */
export type Step = <A>(label: string, step: () => A) => A

const untimed: Step = (_label, step) => step()

const manifestOf = (dir: URL): { name: string; dependencies?: Record<string, string> } =>
  JSON.parse(readFileSync(new URL("package.json", dir), "utf8"))

/** The directories of the workspace packages `dir` depends on (`workspace:` ranges), as pnpm linked them. */
const workspaceDependencies = (dir: URL): Array<URL> =>
  Object.entries(manifestOf(dir).dependencies ?? {})
    .filter(([, range]) => range.startsWith("workspace:"))
    .map(([name]) => pathToFileURL(`${realpathSync(new URL(`node_modules/${name}`, dir))}/`))

/**
 * Builds and packs the package in `dir` (a directory URL ending in `/`) into `out`, after the workspace packages it
 * depends on (transitively, each once); the package itself is last.
 *
 * @example
 * const packed = buildAndPack(new URL("../../packages/api/", import.meta.url), mkdtempSync(join(tmpdir(), "p-")))
 */
export const buildAndPack = (dir: URL, out: string, step: Step = untimed): Array<Packed> => {
  const order: Array<URL> = []
  const visit = (d: URL): void => {
    if (order.some((seen) => seen.href === d.href)) return
    for (const dependency of workspaceDependencies(d)) visit(dependency)
    order.push(d)
  }
  visit(dir)
  return order.map((d) => {
    const { name } = manifestOf(d)
    step(`build ${name}`, () => build(d))
    const target = mkdtempSync(join(out, "tarball-"))
    step(`pnpm pack ${name}`, () =>
      execFileSync("pnpm", ["pack", "--pack-destination", target], { cwd: d, stdio: ["ignore", "ignore", "inherit"] }),
    )
    const [file] = readdirSync(target)
    if (file === undefined) throw new Error(`pnpm pack wrote no tarball for ${name}`)
    return { name, dir: d, tarball: join(target, file) }
  })
}

/**
 * Makes `consumer` a scratch app with the tarballs installed in its node_modules (as `npm install` would unpack
 * them); their other dependencies (effect) are linked from the workspace.
 */
export const installConsumer = (consumer: string, packed: ReadonlyArray<Packed>): void => {
  for (const { name, tarball } of packed) {
    const target = join(consumer, "node_modules", name)
    mkdirSync(target, { recursive: true })
    execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"])
  }
  for (const { dir } of packed)
    for (const dependency of Object.keys(manifestOf(dir).dependencies ?? {})) {
      const target = join(consumer, "node_modules", dependency)
      if (existsSync(target)) continue
      mkdirSync(join(target, ".."), { recursive: true })
      symlinkSync(realpathSync(new URL(`node_modules/${dependency}`, dir)), target)
    }
}
