/** `ntm pack validate`: every problem of a broken pack with its path; what a valid pack still lacks; overlays. */
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import { Criteria } from "@ntm/core"
import { laoCaiDemoNtmFillIn } from "@ntm/core/demo"
import { describe, expect, it } from "vitest"
import { packValidate } from "../src/commands/packValidate.ts"
import { run } from "../src/main.ts"
import { recordingIo, workDir } from "./helpers.ts"

describe("pack validate", () => {
  it("prints every problem of a broken pack with its path and exits 1", async () => {
    const dir = await workDir("pack-broken.json")
    const rec = recordingIo(dir)
    expect(await packValidate(rec.io, "pack-broken.json", { lang: "en" })).toBe(1)
    const out = rec.out()
    expect(out).toContain("error criteria[0].indicators[1].thresholds[0].status: schema — Missing key")
    expect(out).toContain(
      `error criteria[0].indicators[0].thresholds[0].value.kind: pack.kind-mismatch — threshold is "max-percent" but the indicator is "min-percent"`,
    )
    expect(out).toContain("error criteria[0].indicators[1].thresholds[0].source.ids[0]: pack.unknown-source")
    expect(out).toContain("error criteria[1].code: pack.duplicate-criterion")
    expect(out).toContain("is NOT valid: 4 error(s), 0 warning(s).")
  })

  it("names the severity in Vietnamese with --lang vi (through the argument parser)", async () => {
    const dir = await workDir("pack-broken.json")
    const rec = recordingIo(dir)
    expect(await run(["pack", "validate", "pack-broken.json", "--lang", "vi"], rec.io)).toBe(1)
    expect(rec.out()).toContain("lỗi criteria[1].code: pack.duplicate-criterion")
    expect(rec.out()).toContain("KHÔNG hợp lệ: 4 lỗi, 0 cảnh báo.")
  })

  it("lists what a valid pack is still missing and exits 0", async () => {
    const dir = await workDir("pack-small.json")
    const rec = recordingIo(dir)
    expect(await packValidate(rec.io, "pack-small.json", { lang: "en" })).toBe(0)
    expect(rec.out()).toContain("Pack example/small-pack is valid (0 warning(s)).")
    expect(rec.out()).toContain("Still missing (1):\n- indicator list of criterion 4\n")
  })

  it("validates an overlay against its known base pack", async () => {
    const dir = await workDir()
    await writeFile(join(dir, "fill-in.json"), JSON.stringify(Criteria.encodeOverlay(laoCaiDemoNtmFillIn)))
    const ok = recordingIo(dir)
    expect(await packValidate(ok.io, "fill-in.json", { lang: "en" })).toBe(0)
    expect(ok.out()).toContain(`Overlay ${laoCaiDemoNtmFillIn.id} is valid`)
    const broken = { ...Criteria.encodeOverlay(laoCaiDemoNtmFillIn), base: "no-such-pack" }
    await writeFile(join(dir, "orphan.json"), JSON.stringify(broken))
    const bad = recordingIo(dir)
    expect(await packValidate(bad.io, "orphan.json", { lang: "en" })).toBe(1)
    expect(bad.err()).toContain(`the overlay's base pack "no-such-pack" is not known`)
  })
})
