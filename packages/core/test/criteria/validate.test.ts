/** Pack and overlay validation: every problem reported with its path and rule. */
import { describe, expect, it } from "vitest"
import { encodeOverlay, type Overlay } from "../../src/criteria/Overlay.ts"
import { encodePack } from "../../src/criteria/Pack.ts"
import { qd318PhuLucI } from "../../src/criteria/packs/qd318PhuLucI.ts"
import { validateOverlay } from "../../src/criteria/validateOverlay.ts"
import { validatePack } from "../../src/criteria/validatePack.ts"
import { formatPath } from "../../src/shared/Problem.ts"

/** A deep, mutable JSON copy of the shipped 318 pack to break on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: the test edits raw JSON
const rawPack = (): any => JSON.parse(JSON.stringify(encodePack(qd318PhuLucI)))

const found = (problems: ReadonlyArray<{ rule: string; path: ReadonlyArray<string | number>; severity: string }>) =>
  problems.map((p) => `${p.severity} ${p.rule} ${formatPath(p.path)}`)

describe("validatePack", () => {
  it("reports every problem of a broken pack, each with its path", () => {
    const p = rawPack()
    p.criteria[1].code = "1" // duplicate criterion code
    p.criteria[2].indicators[1].code = "3.1" // duplicate indicator code
    p.criteria[2].indicators[0].kind = "percentage" // wrong kind literal
    delete p.criteria[2].indicators[1].thresholds[0].source // threshold without a source
    p.criteria[14].indicators[1].thresholds[0].value = { kind: "min-percent", min: 24 } // kind differs from indicator
    p.criteria[14].indicators[1].thresholds[1].source.ids = ["S999"] // unknown source
    p.criteria[14].indicators[1].thresholds[2].column = "Mars" // unknown column
    p.criteria[14].indicators[2].thresholds.push({ ...p.criteria[14].indicators[2].thresholds[0] }) // overlapping cell
    p.criteria[9].indicators[0].thresholds.push({
      column: "TDMNPB",
      year: 2031,
      value: { kind: "min-amount", min: "1" },
      status: "operator-fill-in",
      source: { ids: ["S5"] },
    }) // year outside the period
    const r = validatePack(p)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const list = found(r.problems)
    expect(list).toEqual(
      expect.arrayContaining([
        "error pack.duplicate-criterion criteria[1].code",
        "error pack.duplicate-indicator criteria[2].indicators[1].code",
        "error schema criteria[2].indicators[0].kind",
        "error schema criteria[2].indicators[1].thresholds[0].source",
        "error pack.kind-mismatch criteria[14].indicators[1].thresholds[0].value.kind",
        "error pack.unknown-source criteria[14].indicators[1].thresholds[1].source.ids[0]",
        "error pack.unknown-column criteria[14].indicators[1].thresholds[2].column",
        "error pack.duplicate-threshold criteria[14].indicators[2].thresholds[2]",
        "error pack.year-outside-period criteria[9].indicators[0].thresholds[0].year",
      ]),
    )
  })

  it("accepts the shipped pack from JSON and lists what is still missing", () => {
    const r = validatePack(rawPack())
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.warnings).toEqual([])
    expect(r.missing).toContainEqual({ kind: "indicator-list", criterion: "1" })
    expect(r.missing).toContainEqual({
      kind: "threshold",
      criterion: "10",
      indicator: "10.income",
      columns: ["TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"],
    })
    expect(r.missing.some((m) => m.kind === "threshold" && m.indicator === "3.1")).toBe(false)
  })

  it("rejects a non-object with a schema problem at the document root", () => {
    const r = validatePack(42)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems[0]?.rule).toBe("schema")
  })

  it("rejects more criteria than the pack declares", () => {
    const p = rawPack()
    p.declared.criteria = 18
    const r = validatePack(p)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(found(r.problems)).toContain("error pack.more-than-declared criteria")
  })
})

const overlay = (thresholds: Overlay["thresholds"], extra: Partial<Overlay> = {}): Overlay => ({
  format: "ntm-overlay/1",
  id: "test/province",
  kind: "provincial",
  base: qd318PhuLucI.id,
  title: { vi: "Bộ tỉnh (thử)", en: "Province (test)" },
  province: { code: "10", name: { vi: "Lào Cai", en: "Lào Cai" }, region: "TDMNPB" },
  legalBasis: [],
  sources: [{ id: "X1", description: "illustrative provincial decision" }],
  notes: [],
  thresholds,
  addIndicators: [],
  completeCriteria: [],
  ...extra,
})

describe("validateOverlay", () => {
  it("reports loosening a national value as a warning, not an error", () => {
    const r = validateOverlay(
      encodeOverlay(
        overlay([
          {
            indicator: "3.1",
            column: "all",
            value: { kind: "min-percent", min: 70 },
            status: "secondary",
            source: { ids: ["X1"] },
          },
        ]),
      ),
      qd318PhuLucI,
    )
    expect(r.ok).toBe(true)
    if (r.ok) expect(found(r.warnings)).toEqual(["warning overlay.loosens-national thresholds[0].value"])
  })

  it("accepts tightening, a stricter stunting ceiling and an added indicator without warnings", () => {
    const r = validateOverlay(
      encodeOverlay(
        overlay(
          [
            {
              indicator: "3.1",
              column: "all",
              value: { kind: "min-percent", min: 85 },
              status: "secondary",
              source: { ids: ["X1"] },
            },
            {
              indicator: "15.stunting",
              column: "all",
              value: { kind: "max-percent", max: 20 },
              status: "secondary",
              source: { ids: ["X1"] },
            },
            {
              indicator: "16.province",
              column: "all",
              value: { kind: "pass-fail" },
              status: "secondary",
              source: { ids: ["X1"] },
            },
          ],
          {
            addIndicators: [
              {
                criterion: "16",
                indicator: {
                  code: "16.province",
                  codeSourced: true,
                  name: { vi: "Chỉ tiêu của tỉnh (minh họa)", en: "Provincial indicator (illustrative)" },
                  kind: "pass-fail",
                  provenance: { status: "secondary", source: { ids: ["X1"] } },
                  thresholds: [],
                },
              },
            ],
          },
        ),
      ),
      qd318PhuLucI,
    )
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.warnings).toEqual([])
  })

  it("reports every problem of a broken overlay: wrong kinds, duplicate codes, missing source, loosening", () => {
    const raw = JSON.parse(
      JSON.stringify(
        encodeOverlay(
          overlay(
            [
              {
                indicator: "3.1",
                column: "all",
                value: { kind: "min-percent", min: 60 },
                status: "secondary",
                source: { ids: ["X1"] },
              },
              {
                indicator: "3.1",
                column: "all",
                value: { kind: "max-percent", max: 5 },
                status: "secondary",
                source: { ids: ["X1"] },
              },
              {
                indicator: "99.none",
                column: "all",
                value: { kind: "pass-fail" },
                status: "secondary",
                source: { ids: ["X1"] },
              },
              {
                indicator: "3.2",
                column: "all",
                value: { kind: "min-score", min: 55, requiresMandatoryItems: true },
                status: "secondary",
                source: { ids: ["X1"] },
              },
            ],
            {
              kind: "fill-in",
              addIndicators: [
                {
                  criterion: "3",
                  indicator: {
                    code: "3.1",
                    codeSourced: true,
                    name: { vi: "Trùng (thử)", en: "Duplicate (test)" },
                    kind: "pass-fail",
                    provenance: { status: "secondary" },
                    thresholds: [
                      {
                        column: "Mars",
                        value: { kind: "pass-fail" },
                        status: "operator-fill-in",
                        source: { ids: ["X1"] },
                      },
                    ],
                  },
                },
              ],
            },
          ),
        ),
      ),
    )
    delete raw.thresholds[3].source
    raw.thresholds[2].value.kind = "yes-no"
    const r = validateOverlay(raw, qd318PhuLucI)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(found(r.problems)).toEqual(
      expect.arrayContaining([
        "error schema thresholds[3].source",
        "error schema thresholds[2].value",
        "error pack.kind-mismatch thresholds[1].value.kind",
        "error overlay.unknown-indicator thresholds[2].indicator",
        "error pack.duplicate-indicator addIndicators[0].indicator.code",
        "error overlay.fill-in-status thresholds[0].status",
        "warning overlay.loosens-national thresholds[0].value",
        "error pack.duplicate-threshold thresholds[1]",
        "error pack.unknown-column addIndicators[0].indicator.thresholds[0].column",
      ]),
    )
  })

  it("rejects an overlay checked against the wrong base", () => {
    const r = validateOverlay(encodeOverlay(overlay([], { base: "qd318-2022/phu-luc-2" })), qd318PhuLucI)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(found(r.problems)).toContain("error overlay.base-mismatch base")
  })
})
