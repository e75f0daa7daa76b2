/** Decoding dates through the IsoDate Schema, against a bare regex check as the baseline. */
import { Schema } from "effect"
import { bench, describe } from "vitest"
import { IsoDate } from "../src/shared/IsoDate.ts"

const inputs = Array.from({ length: 1_000 }, (_, i) => `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 9}`)
const decode = Schema.decodeUnknownSync(IsoDate)
const BASELINE = /^\d{4}-\d{2}-\d{2}$/u

describe("IsoDate decoding, 1,000 dates", () => {
  bench("baseline: bare regex test", () => {
    for (const s of inputs) if (!BASELINE.test(s)) throw new Error(s)
  })
  bench("Schema.decodeUnknownSync(IsoDate)", () => {
    for (const s of inputs) decode(s)
  })
})
