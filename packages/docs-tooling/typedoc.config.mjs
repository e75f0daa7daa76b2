// TypeDoc options for the API reference of the published packages, @ntm/core and @ntm/api
// (`pnpm --filter @ntm/docs-tooling docs:api`). Entry points are read from each package's `exports` (published.mjs),
// so a new subpath entry is documented without editing this file; modules are named by their import specifier.
import { entryPoints, published } from "./published.mjs"
import { requireExamples } from "./requireExamples.mjs"

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: published.map(({ manifest }) => `${manifest.name} ${manifest.version}`).join(", "),
  entryPoints,
  plugin: [new URL("moduleNames.mjs", import.meta.url).pathname, requireExamples],
  tsconfig: new URL("tsconfig.typedoc.json", import.meta.url).pathname,
  out: new URL("../../docs/api-reference", import.meta.url).pathname,
  readme: "none",
  excludePrivate: true,
  excludeInternal: true,
  sort: ["source-order"],
  gitRevision: "main",
  disableSources: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  // Top-level declarations must be documented; properties of Schema-derived types are documented on the Schema.
  requiredToBeDocumented: ["Function", "Class", "Interface", "TypeAlias", "Variable", "Enum"],
  // TypeDoc checks only the packages named here (default: the package TypeDoc runs in, which is docs-tooling).
  packagesRequiringDocumentation: published.map(({ manifest }) => manifest.name),
  // effect's own comments on members the problem classes inherit link to effect's symbols: send those to effect.
  externalSymbolLinkMappings: { effect: { "*": "https://www.npmjs.com/package/effect/v/4.1.0" } },
  treatWarningsAsErrors: true,
}
