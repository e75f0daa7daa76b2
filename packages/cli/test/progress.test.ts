/** The progress bar: drawn on a terminal, silent otherwise (so piped output and logs stay clean). */
import { Writable } from "node:stream"
import { describe, expect, it } from "vitest"
import { contributionsImport } from "../src/commands/contributionsImport.ts"
import { recordingIo, workDir } from "./helpers.ts"

const terminal = () => {
  const chunks: Array<string> = []
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk))
        done()
      },
    }),
    { isTTY: true, columns: 100 },
  )
  return { stream, text: () => chunks.join("") }
}

describe("progress bar", () => {
  it("is drawn when stderr is a terminal and not otherwise", async () => {
    const dir = await workDir("contributions-bad.csv")
    const tty = terminal()
    const rec = recordingIo(dir)
    const io = { ...rec.io, isTTY: true, progressStream: tty.stream }
    await contributionsImport(io, "contributions-bad.csv", { lang: "en", skipInvalid: true })
    expect(tty.text()).toContain("Checking [")
    expect(tty.text()).toContain("8/8")
    const quiet = terminal()
    await contributionsImport({ ...rec.io, progressStream: quiet.stream }, "contributions-bad.csv", {
      lang: "en",
      skipInvalid: true,
    })
    expect(quiet.text()).toBe("")
  })
})
