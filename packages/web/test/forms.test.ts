/** The data-entry form model: exact money text, problems placed beside fields, requests, idempotency, drafts. */
import type { Problem } from "@ntm/core"
import { BigDecimal } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  type ContributionForm,
  contributionFieldOf,
  contributionRequest,
  emptyContribution,
} from "../src/forms/contribution.ts"
import { mergeDraft } from "../src/forms/draft.ts"
import { parseDong } from "../src/forms/money.ts"
import { bodyPath, byPrefix, FORM, fieldErrors } from "../src/forms/problems.ts"
import { problemText } from "../src/forms/problemText.ts"
import { failureOf } from "../src/forms/save.ts"
import { confirmRequest, rejectRequest } from "../src/forms/statusChange.ts"
import { attemptFor, fingerprintOf } from "../src/forms/submission.ts"
import { t } from "../src/forms/t.ts"
import { formMessages } from "../src/i18n/formMessages.ts"
import { formatDong, messages } from "../src/i18n/index.ts"

const dong = fc.bigInt({ min: 0n, max: 10n ** 18n })
const agency = { kind: "agency", id: "so-nn" } as const
const cashForm = (amount: string): ContributionForm => ({
  ...emptyContribution("2024-10-02"),
  providerName: "Sở minh họa",
  commune: "02746",
  amount,
})

describe("money text", () => {
  it("reads back every amount written with either language's grouping, with spaces, or as plain digits", () => {
    fc.assert(
      fc.property(dong, (n) => {
        for (const text of [
          formatDong("vi", n),
          formatDong("en", n),
          n.toString(),
          formatDong("vi", n).replace(/\./gu, " "),
        ]) {
          const r = parseDong(text)
          expect(r).toEqual({ ok: true, dong: n, digits: n.toString() })
        }
      }),
    )
  })

  it("accepts a text only when it is digits grouped consistently, and then keeps every digit", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9., e+-]{0,14}$/u), (text) => {
        const r = parseDong(text)
        if (!r.ok) return
        expect(text.trim()).toMatch(/^(\d+|\d{1,3}([., ]\d{3})+)$/u)
        expect(r.dong).toBe(BigInt(text.replace(/\D/gu, "")))
        expect(r.digits).toMatch(/^(0|[1-9]\d*)$/u)
      }),
    )
  })

  it("never rounds: decimals, signs, exponents and mixed separators are refused", () => {
    for (const text of ["1.234,5", "5,5", "5.5", "-5", "+5", "1e6", "1.234,567", "12.34", "1 234.567", "5đ", "0x10"])
      expect(parseDong(text), text).toEqual({ ok: false, rule: "money.not-whole-dong" })
    expect(parseDong("  ")).toEqual({ ok: false, rule: "money.required" })
    fc.assert(
      fc.property(dong, fc.integer({ min: 1, max: 99 }), (n, cents) => {
        expect(parseDong(`${formatDong("vi", n)},${cents}`).ok).toBe(false)
      }),
    )
  })
})

describe("problems beside fields", () => {
  const path: fc.Arbitrary<Problem.Path> = fc.array(
    fc.oneof(fc.constantFrom("payload", "query", "date", "valuation", "unitValue", "x"), fc.nat({ max: 3 })),
    { maxLength: 4 },
  )
  const problem: fc.Arbitrary<Problem.Problem> = fc.record({
    severity: fc.constantFrom("error", "warning"),
    path,
    rule: fc.string(),
    message: fc.string(),
  })
  const table = fc.array(fc.tuple(path, fc.constantFrom("a", "b", "c")), { maxLength: 6 })

  it("places every error exactly once, where the field map says (the rest at form level); warnings are dropped", () => {
    fc.assert(
      fc.property(fc.array(problem, { maxLength: 12 }), table, (problems, t) => {
        const fieldOf = byPrefix(t)
        const placed = fieldErrors(problems, fieldOf)
        const errors = problems.filter((p) => p.severity === "error")
        expect(Object.values(placed).flat()).toHaveLength(errors.length)
        for (const [key, list] of Object.entries(placed)) {
          const expected = errors.filter((p) => (fieldOf(bodyPath(p.path)) ?? FORM) === key)
          expect(list).toEqual(expected.map((p) => ({ rule: p.rule, message: p.message })))
        }
      }),
    )
  })

  it("the longest matching prefix names the field", () => {
    fc.assert(
      fc.property(path, table, (p, t) => {
        const field = byPrefix(t)(p)
        const matching = t.filter(
          ([prefix]) => prefix.length <= p.length && prefix.every((k, i) => String(k) === String(p[i])),
        )
        if (matching.length === 0) expect(field).toBeUndefined()
        else {
          const longest = Math.max(...matching.map(([prefix]) => prefix.length))
          expect(matching.filter(([prefix]) => prefix.length === longest).map(([, f]) => f)).toContain(field)
        }
      }),
    )
  })

  it("a server path loses its request slot only", () => {
    expect(bodyPath(["payload", "valuation", "unitValue"])).toEqual(["valuation", "unitValue"])
    expect(bodyPath(["headers", "if-match"])).toEqual(["if-match"])
    expect(bodyPath(["date"])).toEqual(["date"])
    expect(bodyPath([0, "payload"])).toEqual([0, "payload"])
  })

  it("every path of a contribution request belongs to a field of the form (nothing is left at form level)", () => {
    const fields = ["providerName", "commune", "date", "programme", "category", "amount", "item", "quantity", "unit"]
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("", "02746", "2024-10-02", "5.000.000", "x"))
    const state = fc.record({
      ...Object.fromEntries(fields.map((f) => [f, text])),
      programme: fc.constantFrom("ntm", "other", "", "bad"),
      category: fc.constantFrom("cash", "goods", "labour", "", "bad"),
      basis: fc.constantFrom("price-list", "invoice", "bad"),
      unitValue: text,
      declaredValue: text,
      workKind: text,
      status: fc.constantFrom("delivered", "pledged", "confirmed", ""),
      note: fc.string({ maxLength: 3 }),
    }) as fc.Arbitrary<ContributionForm>
    fc.assert(
      fc.property(state, (s) => {
        const r = contributionRequest(s, agency)
        if (!r.ok) expect(r.errors[FORM], JSON.stringify(r.errors)).toBeUndefined()
      }),
    )
  })
})

describe("contribution request", () => {
  it("cash typed with grouping becomes the exact digits on the wire and the exact quantity in the request", () => {
    fc.assert(
      fc.property(dong, fc.constantFrom("vi", "en") as fc.Arbitrary<"vi" | "en">, (n, lang) => {
        const r = contributionRequest(cashForm(formatDong(lang, n)), agency)
        expect(r.ok).toBe(true)
        if (!r.ok) return
        expect(r.body).toMatchObject({ item: "tien-mat", unit: "dong", quantity: n.toString(), category: "cash" })
        expect(BigDecimal.equals(r.value.quantity, BigDecimal.fromBigInt(n))).toBe(true)
      }),
    )
  })

  it("an empty form names every missing field, each beside itself", () => {
    const r = contributionRequest(emptyContribution("2024-10-02"), agency)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.keys(r.errors).sort()).toEqual(["amount", "commune", "providerName"])
    expect(r.errors.amount).toEqual([{ rule: "money.required", message: "whole đồng" }])
  })

  it("in kind: quantity, unit and an own unit value are checked; the money rule sits beside the unit value", () => {
    const r = contributionRequest(
      {
        ...cashForm(""),
        category: "goods",
        item: "suat-qua",
        quantity: "2,5",
        unit: "",
        basis: "invoice",
        unitValue: "1,5",
      },
      agency,
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.keys(r.errors).sort()).toEqual(["quantity", "unit", "unitValue"])
    expect(r.errors.unitValue?.[0]?.rule).toBe("money.not-whole-dong")
    const ok = contributionRequest(
      { ...cashForm(""), category: "goods", item: "suat-qua", quantity: "10", unit: "package" },
      agency,
    )
    expect(ok.ok && ok.body).toMatchObject({ item: "suat-qua", quantity: "10", unit: "package" })
    expect(ok.ok && "valuation" in (ok.body as object)).toBe(false)
  })

  it("server problems land beside the field typed: cash quantity and value on the amount", () => {
    const problems: Array<Problem.Problem> = [
      { severity: "error", path: ["payload", "date"], rule: "contribution.price-list.none-in-force", message: "m" },
      { severity: "error", path: ["payload", "quantity"], rule: "contribution.cash.fractional", message: "m" },
      { severity: "error", path: ["payload", "valuation", "unitValue"], rule: "r", message: "m" },
      { severity: "error", path: ["payload", "evidence", 0], rule: "r", message: "m" },
    ]
    expect(Object.keys(fieldErrors(problems, contributionFieldOf("cash"))).sort()).toEqual([
      FORM,
      "amount",
      "date",
      "unitValue",
    ])
    expect(Object.keys(fieldErrors(problems, contributionFieldOf("goods")))).toContain("quantity")
  })

  it("shows known rules in Vietnamese and English, anything else with the server's words", () => {
    expect(problemText("vi", { rule: "contribution.price-list.none-in-force", message: "x" })).toMatch(/bảng giá/u)
    expect(problemText("en", { rule: "money.not-whole-dong", message: "x" })).toMatch(/whole đồng/u)
    expect(problemText("vi", { rule: "schema", message: "Missing key" })).toBe("Bắt buộc nhập.")
    expect(problemText("en", { rule: "some.rule", message: "the reason" })).toBe("Server: the reason")
  })
})

describe("confirm and reject", () => {
  it("a reject needs a reason beside the reason field; any non-blank reason is sent trimmed", () => {
    const blank = rejectRequest("   ", 2)
    expect(blank.ok === false && Object.keys(blank.errors)).toEqual(["reason"])
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }).filter((s) => s.trim() !== ""),
        fc.integer({ min: 1, max: 1000 }),
        (reason, version) => {
          const r = rejectRequest(reason, version)
          expect(r.ok && r.value).toEqual({ reason: reason.trim(), version })
        },
      ),
    )
    expect(confirmRequest(3)).toMatchObject({ ok: true, value: { version: 3 } })
    expect(confirmRequest(0).ok).toBe(false)
  })
})

describe("saving", () => {
  it("a retry of the same request reuses its idempotency key; a changed request gets a new one", () => {
    let n = 0
    const fresh = () => `k${++n}`
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const first = attemptFor(undefined, fingerprintOf("POST /x", a), fresh)
        expect(attemptFor(first, fingerprintOf("POST /x", a), fresh)).toBe(first)
        const other = attemptFor(first, fingerprintOf("POST /x", b), fresh)
        if (JSON.stringify(a) === JSON.stringify(b)) expect(other).toBe(first)
        else expect(other.key).not.toBe(first.key)
      }),
    )
  })

  it("classifies the API's problems: stale version, every field problem, retryable, refused", () => {
    expect(failureOf({ _tag: "Conflict", reason: "stale-version", currentVersion: 4 })).toEqual({
      kind: "stale",
      currentVersion: 4,
    })
    expect(failureOf({ _tag: "Conflict", reason: "already-exists", title: "Conflict" }).kind).toBe("conflict")
    const errors = [{ severity: "error", path: ["payload", "date"], rule: "r", message: "m" }]
    expect(failureOf({ _tag: "InvalidRequest", errors, detail: "d" })).toMatchObject({
      kind: "invalid",
      problems: errors,
    })
    expect(failureOf({ _tag: "RuleViolation", errors }).kind).toBe("invalid")
    expect(failureOf({ _tag: "Unavailable" }).kind).toBe("retry")
    expect(failureOf({ _tag: "HttpClientError" }).kind).toBe("retry")
    expect(failureOf({ _tag: "Forbidden", detail: "no" })).toEqual({ kind: "forbidden", detail: "no" })
    expect(failureOf("boom")).toEqual({ kind: "other", detail: "boom" })
  })

  it("a draft restores only the form's own text fields", () => {
    const initial = { a: "", b: "x" }
    expect(mergeDraft(initial, { a: "typed", b: 3, c: "other" })).toEqual({ a: "typed", b: "x" })
    expect(mergeDraft(initial, null)).toEqual(initial)
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.jsonValue(), (init, stored) => {
        const merged = mergeDraft(init, stored)
        expect(Object.keys(merged).sort()).toEqual(Object.keys(init).sort())
      }),
    )
  })
})

describe("form labels", () => {
  const placeholders = (x: string) => [...x.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort()

  it("every form label exists in Vietnamese and English with the same placeholders, and shadows no shared label", () => {
    for (const [key, text] of Object.entries(formMessages)) {
      expect(text.vi.trim(), key).not.toBe("")
      expect(text.en.trim(), key).not.toBe("")
      expect(placeholders(text.vi), key).toEqual(placeholders(text.en))
      expect(Object.hasOwn(messages, key), key).toBe(false)
    }
  })

  it("the forms' t reads both catalogues", () => {
    expect(t("vi", "form.save")).toBe("Lưu")
    expect(t("en", "yes")).toBe("Yes")
    expect(t("en", "form.fixErrors", { count: 2 })).toBe("Not saved: 2 errors, see beside each field.")
  })
})
