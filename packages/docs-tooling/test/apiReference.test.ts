/**
 * The @ntm/core API reference builds without a single warning: every public declaration has a doc comment
 * (TypeDoc's `validation.notDocumented` over `requiredToBeDocumented`), every public function has an `@example`
 * (the `requireExamples` plugin), every referenced type is exported and every `{@link}` resolves.
 */
import { fileURLToPath } from "node:url"
import { Application, Logger, LogLevel, TSConfigReader, TypeDocReader } from "typedoc"
import { expect, it } from "vitest"

/** Keeps the warnings and errors instead of printing them. */
class Collecting extends Logger {
  readonly messages: string[] = []
  override log(message: string, level: LogLevel): void {
    if (level >= LogLevel.Warn) this.messages.push(message)
  }
}

it("the API reference of @ntm/core has no TypeDoc warning", async () => {
  const options = fileURLToPath(new URL("../typedoc.config.mjs", import.meta.url))
  const app = await Application.bootstrapWithPlugins({ options, logLevel: "Warn" }, [
    new TypeDocReader(),
    new TSConfigReader(),
  ])
  const logger = new Collecting()
  app.logger = logger
  const project = await app.convert()
  expect(project, logger.messages.join("\n")).toBeDefined()
  if (project !== undefined) app.validate(project)
  expect(logger.messages).toEqual([])
})

// TypeDoc's notDocumented check skips every package not named in `packagesRequiringDocumentation` (its default is the
// package TypeDoc runs in, docs-tooling), so a config without the published packages would pass with no doc comment.
it("requires documentation in every published package", async () => {
  const load = (file: string): Promise<Record<string, unknown>> => import(new URL(file, import.meta.url).href)
  const config = (await load("../typedoc.config.mjs")).default as { packagesRequiringDocumentation?: unknown }
  const published = (await load("../published.mjs")).published as ReadonlyArray<{ manifest: { name: string } }>
  const names = published.map(({ manifest }) => manifest.name)
  expect(names).toEqual(expect.arrayContaining(["@ntm/core", "@ntm/api"]))
  expect(config.packagesRequiringDocumentation).toEqual(names)
})
