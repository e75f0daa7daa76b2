/** The typed API client, as another province's app imports it: no AWS SDK, no DynamoDB client, ideally no Node. */
import { ClientHttpLayer, makeClient } from "@ntm/api/client"
import { Effect } from "effect"
import { build, type Metafile } from "esbuild"
import { describe, expect, it } from "vitest"

/** Bundles a consumer of the client only; Node built-ins stay external so that their use can be listed. */
const bundle = async (): Promise<Metafile> => {
  const result = await build({
    stdin: {
      contents: `export { makeClient, ClientHttpLayer } from "@ntm/api/client"`,
      resolveDir: new URL("..", import.meta.url).pathname,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    external: ["node:*"],
    metafile: true,
    logLevel: "silent",
  })
  return result.metafile
}

let bundled: Promise<Metafile> | undefined
/** The bundle, built once for the tests below. */
const bundleClient = (): Promise<Metafile> => {
  bundled ??= bundle()
  return bundled
}

const nodeBuiltinsIn = (meta: Metafile): Array<string> =>
  Object.values(meta.inputs).flatMap((input) =>
    input.imports.filter((i) => i.path.startsWith("node:")).map((i) => i.path),
  )

// Bundling effect takes seconds on a loaded machine: a generous timeout, not a speed check.
describe("@ntm/api/client for another app", { timeout: 60_000 }, () => {
  it("builds a typed client with one group per API group, without a server", async () => {
    const client = await Effect.runPromise(
      makeClient({ baseUrl: "http://localhost:3000" }).pipe(Effect.provide(ClientHttpLayer)),
    )
    expect(typeof client.system.health).toBe("function")
  })

  it("bundles without the AWS SDK or the DynamoDB client", async () => {
    const inputs = Object.keys((await bundleClient()).inputs)
    expect(inputs.some((path) => path.includes("src/client/index.ts"))).toBe(true)
    expect(inputs.filter((path) => path.includes("@aws-sdk") || path.includes("/table/Dynamo"))).toEqual([])
  })

  it("bundles for the browser: uses no Node built-in", async () => {
    expect(nodeBuiltinsIn(await bundleClient())).toEqual([])
  })
})
