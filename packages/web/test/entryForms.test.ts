/** The other forms' models: activity, assessment, assignment, price list, target; routes and pick-lists of entry. */
import { Packs } from "@ntm/core/criteria"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { activityRequest, emptyActivity, participantsOf } from "../src/forms/activity.ts"
import {
  assessmentFieldOf,
  assessmentRequest,
  decimalOf,
  emptyAssessment,
  indicatorsOf,
  mandatoryKey,
  valueKey,
} from "../src/forms/assessment.ts"
import { assignmentRequest, emptyAssignment, endingRequest, reassignmentRequest } from "../src/forms/assignment.ts"
import { mergeDraft } from "../src/forms/draft.ts"
import { ENTRY_KEY, emptyPriceList, entryKey, priceListAsForm, priceListRequest } from "../src/forms/priceList.ts"
import { FORM } from "../src/forms/problems.ts"
import { emptyTarget, targetFormOf, targetRequest } from "../src/forms/target.ts"
import { assignedCommunes } from "../src/model/assigned.ts"
import { formsOf } from "../src/model/entryForms.ts"
import { parseRoute, routeHash } from "../src/route.ts"

const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("", "02746", "2024-10-02", "12", "1.000", "true"))

describe("activity", () => {
  it("participants: one per line, the role after the first comma", () => {
    expect(participantsOf(" Nguyễn Văn A, Phó Giám đốc, Sở X \n\n Lò Thị B ")).toEqual([
      { name: "Nguyễn Văn A", role: "Phó Giám đốc, Sở X" },
      { name: "Lò Thị B" },
    ])
  })

  it("a filled form is the request; an empty commune and date are required beside their fields", () => {
    const ok = activityRequest({ ...emptyActivity("2024-10-02"), commune: "02746", notes: "Thăm xã" }, "so-nn")
    expect(ok.ok && ok.value.commune).toBe("02746")
    expect(ok.ok && ok.body).toMatchObject({ payload: { kind: "visit", helper: "so-nn", participants: [] } })
    const bad = activityRequest({ ...emptyActivity(""), kind: "party" }, undefined)
    expect(bad.ok === false && Object.keys(bad.errors).sort()).toEqual(["commune", "date", "kind"])
  })

  it("every problem of any typed activity lands on a field", () => {
    fc.assert(
      fc.property(fc.record({ commune: text, kind: text, date: text, participants: text, notes: text }), (s) => {
        const r = activityRequest(s, "so-nn")
        if (!r.ok) expect(r.errors[FORM]).toBeUndefined()
      }),
    )
  })
})

describe("assessment", () => {
  const pack = Packs.shippedPacks.find((p) => p.level === "commune" && p.criteria.some((c) => c.indicators.length > 0))!
  const indicators = indicatorsOf(pack)

  it("lists every indicator of the pack once, under its criterion", () => {
    const count = pack.criteria.reduce((n, c) => n + c.indicators.length, 0)
    expect(indicators).toHaveLength(count)
    expect(new Set(indicators.map((i) => `${i.criterion}/${i.code}`)).size).toBe(count)
  })

  it("blank indicators are left out; typed ones are read by kind; every problem sits beside its indicator", () => {
    const blank = assessmentRequest(emptyAssessment(indicators, "2024", "2024-12-15"), indicators, pack.id)
    expect(blank.ok && blank.body).toEqual({ year: 2024, date: "2024-12-15", packId: pack.id, values: {} })
    const form = { ...emptyAssessment(indicators, "2024", "2024-12-15") }
    for (const i of indicators) form[valueKey(i.code)] = "x"
    const r = assessmentRequest(form, indicators, pack.id)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const expected = indicators.filter((i) => i.kind !== "pass-fail").map((i) => valueKey(i.code))
    for (const key of expected) expect(r.errors[key], key).toBeDefined()
    expect(r.errors[FORM]).toBeUndefined()
  })

  it("reads percentages with a point or a comma, never with grouping", () => {
    expect(decimalOf("85,5")).toBe(85.5)
    expect(decimalOf("85.5")).toBe(85.5)
    expect(decimalOf("1.000,5")).toBeUndefined()
    expect(decimalOf("-1")).toBeUndefined()
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 99 }), (a, b) => {
        expect(decimalOf(`${a},${b}`)).toBe(Number(`${a}.${b}`))
      }),
    )
  })

  it("maps a value path to its indicator's field, a score's flag to its own field", () => {
    expect(assessmentFieldOf(["values", "17.1", "value"])).toBe(valueKey("17.1"))
    expect(assessmentFieldOf(["values", "5", "mandatoryItemsMet"])).toBe(mandatoryKey("5"))
    expect(assessmentFieldOf(["date"])).toBe("date")
    expect(assessmentFieldOf([])).toBe(FORM)
  })
})

describe("assignments", () => {
  it("checks a new assignment and an ending with the API's Schemas", () => {
    const ok = assignmentRequest({
      ...emptyAssignment("2024-01-01"),
      commune: "02746",
      helper: "so-nn",
      legalBasis: "QĐ",
    })
    expect(ok.ok && ok.value.payload).toMatchObject({ helper: "so-nn", role: "lead", from: "2024-01-01" })
    const bad = assignmentRequest({ ...emptyAssignment("2024-1-1"), role: "boss" })
    expect(bad.ok === false && Object.keys(bad.errors).sort()).toEqual([
      "commune",
      "from",
      "helper",
      "legalBasis",
      "role",
    ])
    expect(endingRequest("2025-01-01", "", 3)).toMatchObject({ ok: true, value: { on: "2025-01-01", version: 3 } })
    expect(endingRequest("", "x", 3)).toMatchObject({ ok: false, errors: { on: [{ message: "Missing key" }] } })
    expect(reassignmentRequest({ helper: "so-yt", from: "2025-01-01", legalBasis: "QĐ" }, 2)).toMatchObject({
      ok: true,
      value: { helper: "so-yt", from: "2025-01-01", legalBasis: "QĐ", version: 2 },
    })
    const refused = reassignmentRequest({ helper: " ", from: "2025-13-01", legalBasis: "" }, 2)
    expect(refused.ok === false && Object.keys(refused.errors).sort()).toEqual(["from", "helper", "legalBasis"])
  })
})

describe("price lists", () => {
  const filled = {
    ...emptyPriceList("2025-01-01"),
    nameVi: "Bảng giá minh họa",
    nameEn: "Illustrative list",
    tolerancePercent: "20",
    [entryKey(0, "item")]: "suat-qua",
    [entryKey(0, "unit")]: "package",
    [entryKey(0, "unitValue")]: "250.000",
    [entryKey(0, "source")]: "minh họa",
  }

  it("a filled list is the request, unit values exact; a stored list typed back is the same request", () => {
    const r = priceListRequest(filled, "10")
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.body).toMatchObject({ province: "10", tolerancePercent: 20, entries: [{ unitValue: "250000" }] })
    const again = priceListRequest(priceListAsForm(r.value, "2025-01-01"), "10")
    expect(again.ok && again.body).toEqual({
      ...(r.body as object),
      entries: [{ ...(r.body as { entries: Array<object> }).entries[0] }],
    })
  })

  it("errors of an entry sit beside that entry's fields", () => {
    const r = priceListRequest({ ...filled, entries: "2", [entryKey(1, "unitValue")]: "1,5" }, "10")
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.keys(r.errors).sort()).toEqual(
      [
        entryKey(1, "item"),
        entryKey(1, "source"),
        entryKey(1, "unit"),
        entryKey(1, "unitValue"),
        entryKey(1, "validFrom"),
      ].sort(),
    )
  })

  it("a draft keeps the rows the user added", () => {
    const stored = { ...filled, entries: "2", [entryKey(1, "item")]: "xi-mang" }
    expect(mergeDraft(emptyPriceList("2025-01-01"), stored, ENTRY_KEY)[entryKey(1, "item")]).toBe("xi-mang")
    expect(mergeDraft(emptyPriceList("2025-01-01"), { junk: "x" }, ENTRY_KEY)).not.toHaveProperty("junk")
  })

  it("every problem of any typed list lands on a field", () => {
    fc.assert(
      fc.property(
        fc.record({
          nameVi: text,
          effectiveFrom: text,
          rounding: text,
          tolerancePercent: text,
          entries: fc.constantFrom("0", "1", "2"),
        }),
        fc.array(text, { minLength: 14, maxLength: 14 }),
        (head, cells) => {
          const rows = Object.fromEntries(
            [0, 1].flatMap((i) =>
              (["item", "unit", "workKind", "unitValue", "validFrom", "validTo", "source"] as const).map((f, j) => [
                entryKey(i, f),
                cells[i * 7 + j] ?? "",
              ]),
            ),
          )
          const r = priceListRequest({ ...head, nameEn: "x", ...rows }, "10")
          if (!r.ok) expect(r.errors[FORM]).toBeUndefined()
        },
      ),
    )
  })
})

describe("targets", () => {
  it("a filled target is one period of one calendar year with one issued value", () => {
    const r = targetRequest({
      ...emptyTarget("10", "2025"),
      titleVi: "Số xã đạt chuẩn",
      titleEn: "NTM communes",
      value: "84",
      source: "KH 104",
    })
    expect(r.ok && r.body).toMatchObject({
      scope: "10",
      indicator: { _tag: "CommunesAtTier", tier: "ntm", match: "at-least" },
      periods: [{ period: { start: "2025-01-01", end: "2025-12-31" }, values: [{ value: 84, source: "KH 104" }] }],
    })
  })

  it("every problem of any typed target lands on a field", () => {
    fc.assert(
      fc.property(
        fc.record({
          titleVi: text,
          titleEn: text,
          scope: text,
          tier: text,
          match: text,
          year: text,
          value: text,
          source: text,
          id: text,
          version: text,
        }),
        (s) => {
          const r = targetRequest(s)
          if (!r.ok) expect(r.errors[FORM], JSON.stringify(r.errors)).toBeUndefined()
        },
      ),
    )
  })
})

describe("editing a stored target", () => {
  const word = fc.string({ minLength: 1, maxLength: 12 }).filter((x) => x.trim() === x && x !== "")
  const year = fc.integer({ min: 2021, max: 2030 })
  /** A stored target the form can hold whole: communes at a tier, one calendar year, one whole-number value. */
  const simple = fc.record({
    id: word,
    version: fc.integer({ min: 1, max: 50 }),
    title: fc.record({ vi: word, en: word }),
    scope: fc.constantFrom("10", "080", "02746"),
    indicator: fc.record({
      _tag: fc.constant("CommunesAtTier"),
      tier: fc.constantFrom("ntm", "advanced", "model"),
      match: fc.constantFrom("at-least", "exactly"),
    }),
    cumulative: fc.constant(false),
    periods: year.chain((y) =>
      fc.tuple(
        fc.record({
          period: fc.constant({ start: `${y}-01-01`, end: `${y}-12-31` }),
          values: fc.tuple(fc.record({ value: fc.nat({ max: 500 }), source: word })),
        }),
      ),
    ),
  })

  it("a target the form can hold comes back as the same request, with its id and version", () => {
    fc.assert(
      fc.property(simple, (stored) => {
        const form = targetFormOf(stored)
        expect(form).toMatchObject({ id: stored.id, version: String(stored.version) })
        const r = targetRequest(form!)
        expect(r.ok && r.body).toEqual({
          title: stored.title,
          scope: stored.scope,
          indicator: stored.indicator,
          cumulative: false,
          periods: stored.periods,
        })
      }),
    )
  })

  it("a target the form cannot hold whole is not offered for editing", () => {
    fc.assert(
      fc.property(
        simple,
        fc.constantFrom("two periods", "two values", "money", "cumulative", "not a year", "no value"),
        (stored, change) => {
          const p = stored.periods[0]
          const changed =
            change === "two periods"
              ? { ...stored, periods: [p, p] }
              : change === "two values"
                ? { ...stored, periods: [{ ...p, values: [...p.values, ...p.values] }] }
                : change === "money"
                  ? { ...stored, indicator: { _tag: "MoneyMobilised" } }
                  : change === "cumulative"
                    ? { ...stored, cumulative: true }
                    : change === "not a year"
                      ? { ...stored, periods: [{ ...p, period: { start: p.period.start, end: "2040-06-30" } }] }
                      : { ...stored, periods: [{ ...p, values: [{ source: "x" }] }] }
          expect(targetFormOf(changed)).toBeUndefined()
        },
      ),
    )
  })
})

describe("entry pages", () => {
  it("routes", () => {
    expect(parseRoute("#/entry")).toEqual({ page: "entry", form: "" })
    expect(parseRoute("#/entry/price-lists")).toEqual({ page: "entry", form: "price-lists" })
    expect(parseRoute("#/entry/Bad")).toEqual({ page: "not-found" })
    for (const form of ["", "contribution", "confirm"])
      expect(parseRoute(routeHash({ page: "entry", form }))).toEqual({ page: "entry", form })
  })

  it("each role has its forms", () => {
    expect(formsOf("agency")).toEqual(["contribution", "activity"])
    expect(formsOf("commune-official")).toEqual(["confirm", "assessment"])
    expect(formsOf("province-admin")).toContain("assignments")
    expect(formsOf("unit-viewer")).toEqual([])
  })

  it("the agency's communes are exactly those of its assignments in force that day, once each, sorted", () => {
    const day = fc.integer({ min: 0, max: 9 }).map((d) => `2024-0${d + 1}-01`)
    const assignment = fc.record(
      { commune: fc.constantFrom("02746", "02794", "02800"), from: day, to: day },
      { requiredKeys: ["commune", "from"] },
    )
    fc.assert(
      fc.property(fc.array(assignment, { maxLength: 8 }), day, (list, d) => {
        const codes = assignedCommunes(list, d).map((c) => c.code)
        const expected = [
          ...new Set(list.filter((a) => a.from <= d && (a.to === undefined || d < a.to)).map((a) => a.commune)),
        ].sort()
        expect(codes).toEqual(expected)
      }),
    )
  })
})
