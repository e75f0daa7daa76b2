/** Name normalisation: prefixes, case, tone placement, diacritics and the alias table. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { aliasIndex, exactKey, looseKey, matchKey } from "../../src/units/index.ts"

describe("name keys", () => {
  it("strips one type prefix, case, dots and extra spaces", () => {
    expect(exactKey("Xã  Tả Phìn")).toBe("tả phìn")
    expect(exactKey("Thị trấn N.T Phong Hải")).toBe("nt phong hải")
    expect(exactKey("TT Bắc Hà")).toBe("bắc hà")
    expect(exactKey("Phường Sa Pả")).not.toBe(exactKey("Phường Sa Pa"))
    // only one prefix goes: "Xã Xà Hồ" keeps "xà hồ", "Thị xã Sa Pa" keeps "sa pa"
    expect(exactKey("Xã Xà Hồ")).toBe("xà hồ")
    expect(exactKey("Thị xã Sa Pa")).toBe("sa pa")
  })

  it("treats old and new tone placement alike (Hoà/Hòa, Thuỷ/Thủy) without touching other syllables", () => {
    expect(exactKey("Xã Xuân Hoà")).toBe(exactKey("Xuân Hòa"))
    expect(exactKey("Xã Sơn Thuỷ")).toBe(exactKey("Sơn Thủy"))
    expect(exactKey("Hoàng Liên")).toBe("hoàng liên")
  })

  it("loose keys drop diacritics and đ", () => {
    expect(looseKey("Xã Đồng Tuyển")).toBe("dong tuyen")
    expect(looseKey("Thẩm Dương")).toBe(looseKey("Thẳm Dương"))
  })

  it("aliases map variants to the canonical spelling", () => {
    const index = aliasIndex([{ name: "Nàn Xín", variants: ["Nàn Sín"] }])
    expect(matchKey("Xã Nàn Sín", index)).toBe(matchKey("Nàn Xín", index))
    expect(matchKey("Nàn Sán", index)).not.toBe(matchKey("Nàn Xín", index))
  })

  it("keys ignore case and surrounding spaces", () => {
    const vietnamese = fc.string({ unit: fc.constantFrom(..."aàáảãạăằâầđêềoòôồơờuùưừyỳ AĐOXã".split("")) })
    fc.assert(
      fc.property(vietnamese, (s) => {
        expect(exactKey(` ${s.toUpperCase()} `)).toBe(exactKey(s))
        expect(looseKey(s.toUpperCase())).toBe(looseKey(s))
      }),
    )
  })
})
