/** The commune checklist (value, threshold, gap, provenance) and the session read from a token. */
import type { Evaluation } from "@ntm/core/criteria"
import { evaluateLaoCaiDemo } from "@ntm/core/demo"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { checklist, formatThreshold, provenanceOf } from "../src/model/checklist.ts"
import { sessionOf } from "../src/session.ts"

const demo = evaluateLaoCaiDemo().assessments
const evaluations = demo.map((a) => a.evaluations.ntm).filter((e): e is Evaluation => e !== undefined)

describe("checklist", () => {
  it("lists every indicator once, under its own criterion, in both languages", () => {
    fc.assert(
      fc.property(fc.constantFrom(...evaluations), fc.constantFrom("vi" as const, "en" as const), (ev, lang) => {
        const rows = checklist(ev, lang)
        expect(rows.map((c) => c.criterion)).toEqual(ev.criteria.map((c) => c.criterion))
        const listed = rows.flatMap((c) => c.indicators.map((i) => [c.criterion, i.indicator]))
        expect(listed).toHaveLength(ev.indicators.length)
        for (const [criterion, code] of listed) {
          expect(ev.indicators.find((i) => i.indicator === code)?.criterion).toBe(criterion)
        }
        for (const c of rows) for (const i of c.indicators) expect(i.value).not.toBe("")
      }),
      { numRuns: 30 },
    )
  })

  it("flags demo fill-in thresholds as such (never as legal) — the demo rests on them", () => {
    const flags = evaluations.flatMap((ev) => checklist(ev, "vi").flatMap((c) => c.indicators.map((i) => i.provenance)))
    expect(flags).toContain("demo-fill-in")
    for (const ev of evaluations) {
      for (const i of ev.indicators) {
        const p = provenanceOf(i)
        if (i.applied?.status === "demo-fill-in") expect(p).toBe("demo-fill-in")
        if (i.applied === undefined) expect(p).toBe("none")
        if (p === "legal") expect(i.applied?.status).toBe("verified-primary")
      }
    }
  })

  it("writes thresholds with the language's separators", () => {
    expect(formatThreshold("vi", { kind: "min-percent", min: 80 })).toBe("≥ 80 %")
    expect(formatThreshold("en", { kind: "max-percent", max: 12.5 })).toBe("≤ 12.5%")
    expect(formatThreshold("vi", { kind: "min-amount", min: 36_000_000n })).toBe("≥ 36.000.000 đồng")
    expect(formatThreshold("en", { kind: "pass-fail" })).toBe("Met")
  })
})

describe("session", () => {
  const token = (claims: object) => `h.${Buffer.from(JSON.stringify(claims), "utf8").toString("base64url")}.s`

  it("reads role and scope from the token's claims (widest role first, API Gateway's flattened list too)", () => {
    expect(
      sessionOf(token({ "cognito:groups": ["commune-official"], "custom:province": "10", "custom:unit": "02746" })),
    ).toMatchObject({ role: "commune-official", province: "10", unit: "02746" })
    expect(sessionOf(token({ "cognito:groups": "[agency province-admin]", "custom:province": "10" })).role).toBe(
      "province-admin",
    )
  })

  it("signs in with any token, knowing no scope when it cannot read it", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const session = sessionOf(s)
        expect(session.token).toBe(s.trim())
      }),
    )
  })
})
