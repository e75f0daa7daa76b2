/** Report cells on screen: exact money and quantities, ratios rounded once by core's rule, both languages. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type ColumnJson, localDecimal, reportCellText } from "../src/model/report.ts"

const col = (kind: ColumnJson["kind"], decimals?: number): ColumnJson => ({
  key: "k",
  kind,
  header: { vi: "h", en: "h" },
  ...(decimals === undefined ? {} : { decimals }),
})

describe("report cells", () => {
  it("money keeps every đồng, grouped by the language", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (dong) => {
        expect(reportCellText(dong.toString(), col("money"), "vi").replace(/\./gu, "")).toBe(dong.toString())
        expect(reportCellText(dong.toString(), col("money"), "en").replace(/,/gu, "")).toBe(dong.toString())
      }),
    )
    expect(reportCellText("16493820000", col("money"), "vi")).toBe("16.493.820.000")
  })

  it("quantities are exact with the language's marks", () => {
    expect(localDecimal("vi", "1234.5")).toBe("1.234,5")
    expect(localDecimal("en", "1234.5")).toBe("1,234.5")
    expect(reportCellText("57.5", col("quantity"), "vi")).toBe("57,5")
  })

  it("percentages and averages round once, half up; an empty cell is empty; text picks the language", () => {
    expect(reportCellText({ numerator: "1", denominator: "4" }, col("percent"), "vi")).toBe("25,0 %")
    expect(reportCellText({ numerator: "35", denominator: "2" }, col("decimal"), "en")).toBe("17.5")
    expect(reportCellText({ numerator: "2", denominator: "3" }, col("percent", 2), "en")).toBe("66.67%")
    expect(reportCellText(null, col("money"), "vi")).toBe("")
    expect(reportCellText({ vi: "Tổng cộng", en: "Total" }, col("text"), "en")).toBe("Total")
    expect(reportCellText(2040, col("count"), "vi")).toBe("2.040")
  })
})
