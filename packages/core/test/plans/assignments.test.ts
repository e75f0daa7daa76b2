/** Assignments keep their history: who helps a commune on a date, which communes a helper helps, and validation. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { validateActivityLog } from "../../src/assignments/Activity.ts"
import {
  type Assigned,
  type AssignmentId,
  activeOn,
  communesHelpedBy,
  effectiveAssignments,
  helpersOf,
  supersede,
  validateAssignmentLog,
} from "../../src/assignments/Assignment.ts"
import { addDays } from "../../src/assignments/Days.ts"
import { overdue, validateDifficultyRegister } from "../../src/assignments/Difficulty.ts"
import { type HelperId, validateHelpers } from "../../src/assignments/Helper.ts"
import { demoActivities, demoAssignmentLog, demoDifficulties, demoHelpers } from "../../src/demo/laoCaiAssignments.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"

const eff = effectiveAssignments(demoAssignmentLog)

describe("assignments", () => {
  it("the demo helpers validate; a bad list reports every problem", () => {
    expect(validateHelpers(JSON.parse(JSON.stringify(demoHelpers))).problems).toEqual([])
    const bad = validateHelpers([
      { id: "p", kind: "steering-committee-member", name: { vi: "A", en: "A" }, memberOf: "q" },
      { id: "q", kind: "steering-committee-member", name: { vi: "B", en: "B" }, memberOf: "z" },
      { id: "q", kind: "agency", name: { vi: "C", en: "C" } },
    ])
    expect(bad.problems.map((p) => `${p.path.join(".")} ${p.rule}`)).toEqual([
      "2.id helper.duplicate-id",
      "1.memberOf helper.unknown-organisation",
    ])
  })

  it("the demo log validates and round-trips through JSON", () => {
    const r = validateAssignmentLog(JSON.parse(JSON.stringify(demoAssignmentLog)), demoHelpers)
    expect(r.problems).toEqual([])
    expect(r.ok && r.value).toEqual(demoAssignmentLog)
  })

  it("answers who helps Tả Thàng on a date (the sourced 2021 State Bank pair)", () => {
    expect(helpersOf(eff, unitCode("02794"), isoDate("2021-06-01")).map((a) => a.helper)).toEqual(["sbv-lao-cai"])
    expect(helpersOf(eff, unitCode("02794"), isoDate("2022-06-01")).map((a) => a.helper)).toEqual([
      "bcd-muong-khuong-1",
    ])
  })

  it("ends a superseded assignment when its successor starts, keeping it in history", () => {
    const lungCai = unitCode("02842")
    expect(helpersOf(eff, lungCai, isoDate("2023-06-30")).map((a) => a.helper)).toEqual(["agency-a"])
    expect(helpersOf(eff, lungCai, isoDate("2023-07-01")).map((a) => a.helper)).toEqual(["agency-b"])
    const old = eff.find((a) => a.id === "demo-a-lung-cai")!
    expect(old.to).toBe("2023-07-01")
    expect(old.endedBy).toBe("demo-b-lung-cai")
    expect(communesHelpedBy(eff, "enterprise-c" as HelperId, isoDate("2025-06-30")).length).toBe(1)
    expect(communesHelpedBy(eff, "enterprise-c" as HelperId, isoDate("2025-07-01")).length).toBe(0)
  })

  it("for any chain of successors, exactly one link is active on any date from the first start, none before", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 4000 }),
        (gaps, probe) => {
          const start = isoDate("2021-01-01")
          const log: Array<Assigned> = []
          let day = 0
          gaps.forEach((g, i) => {
            day += g
            const id = `a${i}` as AssignmentId
            const from = addDays(start, day)
            const prev = log[log.length - 1]
            log.push(
              prev === undefined
                ? {
                    _tag: "Assigned",
                    id,
                    helper: `h${i}` as HelperId,
                    commune: unitCode("02794"),
                    role: "lead",
                    from,
                    legalBasis: "test",
                  }
                : supersede(prev, { id, helper: `h${i}` as HelperId, from, legalBasis: "test" }),
            )
          })
          const all = effectiveAssignments(log)
          const date = addDays(start, probe)
          const active = all.filter((a) => activeOn(a, date))
          if (date < log[0]!.from) {
            expect(active).toEqual([])
            return
          }
          expect(active.length).toBe(1)
          const expected = [...log].reverse().find((r) => r.from <= date)!
          expect(active[0]!.id).toBe(expected.id)
          expect(validateAssignmentLog(log).problems).toEqual([])
        },
      ),
    )
  })

  it("reports every problem in a log with its path", () => {
    const r = validateAssignmentLog(
      [
        {
          _tag: "Assigned",
          id: "x",
          helper: "ghost",
          commune: "02794",
          role: "lead",
          from: "2022-01-01",
          to: "2021-01-01",
          legalBasis: "b",
        },
        {
          _tag: "Assigned",
          id: "y",
          helper: "sbv-lao-cai",
          commune: "02794",
          role: "lead",
          from: "2021-06-01",
          legalBasis: "b",
          supersedes: "nope",
        },
        { _tag: "Ended", id: "y", assignment: "x", on: "2020-01-01", legalBasis: "b" },
        {
          _tag: "Assigned",
          id: "z",
          helper: "agency-a",
          commune: "02794",
          role: "lead",
          from: "2021-01-01",
          legalBasis: "b",
        },
      ],
      demoHelpers,
    )
    expect(r.problems.map((p) => `${p.severity} ${p.path.join(".")} ${p.rule}`)).toEqual([
      "error 2.id assignment.duplicate-id",
      "error 0.to assignment.period-order",
      "error 0.helper assignment.unknown-helper",
      "error 1.supersedes assignment.unknown-reference",
      "error 2.on assignment.end-before-start",
      "warning 3.role assignment.lead-overlap",
    ])
    expect(
      validateAssignmentLog([{ _tag: "Assigned", id: "", role: "boss" }]).problems.map((p) => p.path.join(".")),
    ).toEqual(["0.id", "0.helper", "0.commune", "0.role", "0.from", "0.legalBasis"])
  })
})

describe("activities and difficulties (demo)", () => {
  it("the demo activity log is consistent with the assignments", () => {
    expect(validateActivityLog(JSON.parse(JSON.stringify(demoActivities)), eff).problems).toEqual([])
    const wrong = validateActivityLog([{ ...demoActivities[0]!, commune: "02842", date: "2023-01-01" }], eff)
    expect(wrong.problems.map((p) => `${p.severity} ${p.rule}`)).toEqual([
      "error activity.assignment-commune",
      "warning activity.outside-assignment",
    ])
  })

  it("the demo register validates, and overdue depends only on the date passed in", () => {
    expect(validateDifficultyRegister(JSON.parse(JSON.stringify(demoDifficulties))).problems).toEqual([])
    expect(overdue(demoDifficulties, isoDate("2024-04-30")).map((d) => d.id)).toEqual([])
    expect(overdue(demoDifficulties, isoDate("2024-05-01")).map((d) => d.id)).toEqual(["dif-1"])
  })
})
