/** The status lifecycle: legal moves, reasons, who confirms, and what counts. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Status } from "../../src/contributions/Contribution.ts"
import {
  canTransition,
  checkHistory,
  countsInOfficialTotals,
  transition,
  transitions,
} from "../../src/contributions/lifecycle.ts"
import { laoCai2022Contributions } from "../../src/demo/index.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { statuses } from "./arbitraries.ts"

const delivered = laoCai2022Contributions.find((l) => l.status === "delivered")!
const confirmed = laoCai2022Contributions.find((l) => l.status === "confirmed")!
const commune = { kind: "commune" as const, id: delivered.commune }

describe("lifecycle", () => {
  it("moves pledged → delivered → confirmed, appending history", () => {
    const r = transition(delivered, { status: "confirmed", date: isoDate("2022-12-30"), by: commune })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.status).toBe("confirmed")
    expect(r.value.history.map((h) => h.status)).toEqual(["delivered", "confirmed"])
    expect(checkHistory(r.value)).toEqual([])
  })

  it("refuses confirmed → pledged, naming the rule", () => {
    const r = transition(confirmed, { status: "pledged", date: isoDate("2022-12-30"), by: commune })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => p.rule)).toEqual(["lifecycle.illegal-transition"])
    expect(r.problems[0]!.message).toContain('from "confirmed" a line may only go to "voided"')
  })

  it("requires a reason to reject or void, and the receiving commune to confirm or reject", () => {
    const noReason = transition(delivered, { status: "rejected", date: isoDate("2022-12-30"), by: commune })
    expect(noReason.ok ? [] : noReason.problems.map((p) => p.rule)).toEqual(["lifecycle.reason-required"])
    const other = transition(delivered, {
      status: "confirmed",
      date: isoDate("2022-12-30"),
      by: { kind: "commune", id: "02701" },
    })
    expect(other.ok ? [] : other.problems.map((p) => p.rule)).toEqual(["lifecycle.confirmer-not-receiving-commune"])
    const early = transition(delivered, { status: "confirmed", date: isoDate("2022-01-01"), by: commune })
    expect(early.ok ? [] : early.problems.map((p) => p.rule)).toEqual(["lifecycle.date-order"])
  })

  it("any history built only from legal moves passes; any illegal move is caught", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Status>("pledged", "delivered"),
        fc.array(fc.constantFrom(...statuses), { maxLength: 6 }),
        (start, moves) => {
          let line = {
            ...delivered,
            status: start,
            history: [{ ...delivered.history[0]!, status: start }] as typeof delivered.history,
          }
          for (const to of moves) {
            const r = transition(line, { status: to, date: isoDate("2022-12-30"), by: commune, reason: "r" })
            expect(r.ok).toBe(canTransition(line.status, to))
            if (r.ok) line = r.value
          }
          expect(checkHistory(line)).toEqual([])
        },
      ),
    )
  })

  it("only confirmed lines count, and final states have no way out", () => {
    expect(statuses.filter(countsInOfficialTotals)).toEqual(["confirmed"])
    expect(transitions.rejected).toEqual([])
    expect(transitions.voided).toEqual([])
    for (const s of statuses) expect(canTransition(s, "pledged")).toBe(false)
  })
})
