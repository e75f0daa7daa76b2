/** The typed API client, as another province's app imports it: no server code, no AWS SDK. */
import { ClientHttpLayer, makeClient } from "@ntm/functions/client"
import { Effect } from "effect"
import { build } from "esbuild"
import { describe, expect, it } from "vitest"

describe("@ntm/functions/client for another app", () => {
  it("builds a typed client with one group per API group, without a server", async () => {
    const client = await Effect.runPromise(
      makeClient({ baseUrl: "http://localhost:3000" }).pipe(Effect.provide(ClientHttpLayer)),
    )
    expect(typeof client.system.health).toBe("function")
  })

  it("bundles for the browser without the AWS SDK or the DynamoDB client", async () => {
    const result = await build({
      stdin: {
        contents: `export { makeClient, ClientHttpLayer } from "@ntm/functions/client"`,
        resolveDir: new URL("..", import.meta.url).pathname,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      metafile: true,
      logLevel: "silent",
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((path) => path.includes("src/client/index.ts"))).toBe(true)
    expect(inputs.filter((path) => path.includes("@aws-sdk") || path.includes("/table/Dynamo"))).toEqual([])
  })
})
