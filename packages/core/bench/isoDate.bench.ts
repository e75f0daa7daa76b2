/** Decoding dates through the IsoDate Schema, against a bare regex check as the baseline. */
import { Schema } from "effect"
import { bench, describe } from "vitest"
import { benchOptions, size } from "../../../scripts/bench/options.ts"
import { IsoDate } from "../src/shared/IsoDate.ts"

const n = size(1_000, 10)
const inputs = Array.from({ length: n }, (_, i) => `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 9}`)
const decode = Schema.decodeUnknownSync(IsoDate)
const BASELINE = /^\d{4}-\d{2}-\d{2}$/u

describe("IsoDate decoding", () => {
  bench(
    "baseline: bare regex test",
    () => {
      for (const s of inputs) if (!BASELINE.test(s)) throw new Error(s)
    },
    benchOptions,
  )
  bench(
    "Schema.decodeUnknownSync(IsoDate)",
    () => {
      for (const s of inputs) decode(s)
    },
    benchOptions,
  )
})
