/** The difficulty lifecycle never reaches an illegal state; overdue detection uses the date passed in. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addDays, daysBetween, fromDayNumber, toDayNumber } from "../../src/assignments/Days.ts"
import { overdue, validateDifficultyRegister } from "../../src/assignments/Difficulty.ts"
import {
  canMove,
  closedLate,
  currentStatus,
  type DifficultyStatus,
  difficultyStatuses,
  historyProblems,
  isFinal,
  isOverdue,
  move,
  type Tracked,
} from "../../src/assignments/DifficultyLifecycle.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"

const status = fc.constantFrom<DifficultyStatus>(...difficultyStatuses)
const start = isoDate("2024-01-15")
const reachable = new Set<string>(["open>in-progress", "open>rejected", "in-progress>resolved", "in-progress>rejected"])

describe("difficulty lifecycle", () => {
  it("any sequence of attempted moves keeps a legal history and never leaves a final status", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(status, fc.integer({ min: -5, max: 30 })), { maxLength: 12 }), (attempts) => {
        let item: Tracked = { raisedOn: start, history: [] }
        let day = 0
        for (const [to, step] of attempts) {
          const from = currentStatus(item)
          const on = addDays(start, day + step)
          const r = move(item, { status: to, on })
          const legal = reachable.has(`${from}>${to}`) && step >= 0
          expect(r.ok).toBe(legal)
          if (r.ok) {
            item = r.value
            day += step
          } else {
            expect(currentStatus(item)).toBe(from)
          }
          if (isFinal(from)) expect(currentStatus(item)).toBe(from)
          expect(historyProblems(item)).toEqual([])
        }
      }),
    )
  })

  it("flags every illegal step of a recorded history", () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 6 }), (steps) => {
        const item: Tracked = { raisedOn: start, history: steps.map((s, i) => ({ status: s, on: addDays(start, i) })) }
        let prev: DifficultyStatus = "open"
        const illegal = steps.flatMap((s, i) => {
          const bad = !canMove(prev, s)
          prev = s
          return bad ? [i] : []
        })
        expect(historyProblems(item).map((p) => p.path[1])).toEqual(illegal)
      }),
    )
  })

  it("detects overdue items as of a date, from a due date or an SLA", () => {
    const open: Tracked = {
      raisedOn: isoDate("2024-03-01"),
      history: [{ status: "in-progress", on: isoDate("2024-03-05") }],
    }
    expect(isOverdue(open, isoDate("2024-04-01"))).toBe(false) // no due date, no SLA
    expect(isOverdue(open, isoDate("2024-03-31"), 30)).toBe(false) // due 2024-03-31, not before as-of
    expect(isOverdue(open, isoDate("2024-04-01"), 30)).toBe(true)
    const done: Tracked = {
      ...open,
      dueOn: isoDate("2024-03-10"),
      history: [...open.history, { status: "resolved", on: isoDate("2024-03-20") }],
    }
    expect(isOverdue(done, isoDate("2025-01-01"))).toBe(false)
    expect(closedLate(done)).toBe(true)
  })

  it("validates a register with every problem and its path", () => {
    const r = validateDifficultyRegister([
      {
        id: "d1",
        commune: "02794",
        category: "proposal",
        summary: "Xin hỗ trợ xi măng làm đường thôn",
        raisedBy: { kind: "commune", unit: "02794" },
        raisedOn: "2024-03-01",
        dueOn: "2024-02-01",
        addressedTo: { level: "province", agency: "Sở Giao thông vận tải" },
        history: [
          { status: "resolved", on: "2024-03-02" },
          { status: "open", on: "2024-03-01" },
        ],
      },
      {
        id: "d1",
        commune: "02794",
        category: "nope",
        summary: "",
        raisedBy: { kind: "commune" },
        raisedOn: "2024-03-01",
        addressedTo: { level: "district" },
        history: [],
      },
    ])
    expect(r.ok).toBe(false)
    expect(r.problems.map((p) => p.path.join("."))).toEqual(["1.category", "1.summary"])
    const semantic = validateDifficultyRegister([
      {
        id: "d1",
        commune: "02794",
        category: "proposal",
        summary: "x",
        raisedBy: { kind: "commune" },
        raisedOn: "2024-03-01",
        dueOn: "2024-02-01",
        addressedTo: { level: "province" },
        history: [
          { status: "resolved", on: "2024-03-02" },
          { status: "open", on: "2024-03-01" },
        ],
      },
      {
        id: "d1",
        commune: "02794",
        category: "difficulty",
        summary: "y",
        raisedBy: { kind: "commune" },
        raisedOn: "2024-03-01",
        addressedTo: { level: "district" },
        history: [],
      },
    ])
    expect(semantic.problems.map((p) => `${p.path.join(".")} ${p.rule}`)).toEqual([
      "0.dueOn difficulty.due-before-raised",
      "0.history.0.status difficulty.illegal-transition",
      "0.history.1.status difficulty.illegal-transition",
      "0.history.1.on difficulty.change-before-previous",
      "1.id difficulty.duplicate-id",
    ])
    if (semantic.ok) return
    expect(overdue([], isoDate("2024-01-01"))).toEqual([])
  })
})

describe("Days", () => {
  it("round-trips day numbers and agrees with UTC calendar arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const d = fromDayNumber(n)
        expect(toDayNumber(d)).toBe(n)
        expect(d).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10))
        expect(daysBetween(d, addDays(d, k))).toBe(k)
      }),
    )
  })
})
