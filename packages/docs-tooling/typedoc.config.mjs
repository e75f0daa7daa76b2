// TypeDoc options for the @ntm/core API reference (`pnpm --filter @ntm/docs-tooling docs:api`).
// Entry points are read from @ntm/core's `exports`, so a new subpath entry is documented without editing this file.
import { readFileSync } from "node:fs"
import { requireExamples } from "./requireExamples.mjs"

const core = new URL("../core/", import.meta.url)
const manifest = JSON.parse(readFileSync(new URL("package.json", core), "utf8"))

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: `${manifest.name} ${manifest.version}`,
  entryPoints: Object.values(manifest.exports).map((path) => new URL(path, core).pathname),
  tsconfig: new URL("tsconfig.typedoc.json", import.meta.url).pathname,
  out: new URL("../../docs/api-reference", import.meta.url).pathname,
  plugin: [requireExamples],
  readme: "none",
  excludePrivate: true,
  excludeInternal: true,
  sort: ["source-order"],
  gitRevision: "main",
  disableSources: true,
  // The demo's date constant only types `validFrom` (an IsoDate); it is not part of the API.
  intentionallyNotExported: ["src/demo/laoCaiPlans.ts:FROM"],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  // Top-level declarations must be documented; properties of Schema-derived types are documented on the Schema.
  requiredToBeDocumented: ["Function", "Class", "Interface", "TypeAlias", "Variable", "Enum"],
  treatWarningsAsErrors: true,
}
