/** Demo packs (`demo:…`, ILLUSTRATIVE fill-ins) are served in local mode only; a deployed API knows none of them. */

import { encodePack } from "@ntm/core/criteria"
import { laoCaiDemoNtmPack } from "@ntm/core/demo"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeOwnTableApp } from "./support/app.ts"
import { laoCai } from "./support/ledger.ts"
import { call } from "./support/widgets.ts"

const local = makeOwnTableApp("demo-local", { localMode: true })
const deployed = makeOwnTableApp("demo-deployed", { localMode: false })
beforeAll(async () => {
  await local.ready()
  await deployed.ready()
})
afterAll(async () => {
  await local.dispose()
  await deployed.dispose()
})

const id = laoCaiDemoNtmPack.id
const evaluation = (body: Record<string, unknown>) => ({
  ...body,
  commune: { code: "02746", region: "TDMNPB", classifications: [] },
  year: 2024,
  date: "2024-12-31",
  values: {},
})
const submit = { year: 2024, date: "2024-12-31", tier: "ntm", packId: id, values: {} }

describe("demo packs", () => {
  it("the id is a demo id", () => expect(id.startsWith("demo:")).toBe(true))

  it("local mode: served by id, evaluated, assessed under (with the demo notice)", async () => {
    const get = await call(local, "GET", `/v1/packs/${encodeURIComponent(id)}`, { claims: laoCai.admin })
    expect(get.status, get.text).toBe(200)
    const ev = await call(local, "POST", "/v1/evaluate", { claims: laoCai.admin, body: evaluation({ packId: id }) })
    expect(ev.status, ev.text).toBe(200)
    const tiers = await call(local, "POST", "/v1/evaluate/tiers", {
      claims: laoCai.admin,
      body: evaluation({ packs: { ntm: id } }),
    })
    expect(tiers.status, tiers.text).toBe(200)
    const a = await call(local, "POST", "/v1/provinces/10/communes/02746/assessments", {
      claims: laoCai.admin,
      body: submit,
    })
    expect(a.status, a.text).toBe(201)
    expect(a.json.notice).toBeDefined()
  })

  it("deployed: 404 by id, evaluation and assessment refused, an inline pack claiming a demo id is a 400", async () => {
    const get = await call(deployed, "GET", `/v1/packs/${encodeURIComponent(id)}`, { claims: laoCai.admin })
    expect(get.status).toBe(404)
    const ev = await call(deployed, "POST", "/v1/evaluate", { claims: laoCai.admin, body: evaluation({ packId: id }) })
    expect(ev.status).toBe(404)
    const tiers = await call(deployed, "POST", "/v1/evaluate/tiers", {
      claims: laoCai.admin,
      body: evaluation({ packs: { ntm: id } }),
    })
    expect(tiers.status).toBe(404)
    const a = await call(deployed, "POST", "/v1/provinces/10/communes/02746/assessments", {
      claims: laoCai.admin,
      body: submit,
    })
    expect(a.status).toBe(404)
    const history = await call(deployed, "GET", "/v1/provinces/10/communes/02746/assessments", {
      claims: laoCai.admin,
    })
    expect(history.json.items).toEqual([])
    const inline = await call(deployed, "POST", "/v1/evaluate", {
      claims: laoCai.admin,
      body: evaluation({ pack: encodePack(laoCaiDemoNtmPack) }),
    })
    expect(inline.status, inline.text).toBe(400)
    expect(inline.json.errors).toContainEqual(
      expect.objectContaining({ path: ["payload", "pack", "id"], rule: "pack.demo-local-only" }),
    )
    // The shipped (non-demo) packs are unaffected.
    const listed = await call(deployed, "GET", "/v1/packs", { claims: laoCai.admin })
    expect(listed.json.items.length).toBeGreaterThan(0)
    const comparison = await call(deployed, "GET", `/v1/packs/${encodeURIComponent(listed.json.items[0].id)}`, {
      claims: laoCai.admin,
    })
    expect(comparison.status).toBe(200)
  })
})
