// The published packages whose API reference TypeDoc builds, read from their manifests, and the import specifier of
// each entry point (`@ntm/core/units`), which names its module in the reference.
import { readFileSync } from "node:fs"
import { relative } from "node:path"

const packagesDir = new URL("../", import.meta.url)

/** Each published package: its directory and manifest. */
export const published = ["core", "api"].map((dir) => {
  const root = new URL(`${dir}/`, packagesDir)
  return { root, manifest: JSON.parse(readFileSync(new URL("package.json", root), "utf8")) }
})

/** Every entry point's source file, in `exports` order. */
export const entryPoints = published.flatMap(({ root, manifest }) =>
  Object.values(manifest.exports).map((path) => new URL(path, root).pathname),
)

/**
 * TypeDoc's default module name of each entry (its path from the common directory, packages/, without `/index.ts`)
 * → the specifier an app imports: `core/src/units` → `@ntm/core/units`.
 */
export const specifiers = new Map(
  published.flatMap(({ root, manifest }) =>
    Object.entries(manifest.exports).map(([key, path]) => [
      relative(packagesDir.pathname, new URL(path, root).pathname).replace(/(\/index)?\.ts$/u, ""),
      key === "." ? manifest.name : `${manifest.name}/${key.slice(2)}`,
    ]),
  ),
)
