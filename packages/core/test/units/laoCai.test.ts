/** The shipped Lào Cai dataset pinned against lao-cai-units.md: counts per period, compositions, reused codes. */
import { describe, expect, it } from "vitest"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { oldLaoCaiCommunes } from "../../src/units/data/laoCaiTables.ts"
import {
  ancestorAt,
  bigintFigure,
  childrenAt,
  existenceAt,
  exists,
  findByName,
  laoCaiDataset,
  laoCaiDatasetJson,
  laoCaiInvestmentAreaClass2026,
  levelOfUnit,
  numberFigure,
  parentAt,
  predecessorsAt,
  predecessorsOf,
  rebase,
  laoCaiRegistry as reg,
  regionAt,
  registryFromJson,
  rollUp,
  successorsAt,
  unitAt,
  unitsAt,
} from "../../src/units/index.ts"

const OLD = isoDate("2022-12-31")
const BEFORE_TA_CHAI = isoDate("2024-10-31")
const AFTER_TA_CHAI = isoDate("2024-11-01")
const LAST_OLD_DAY = isoDate("2025-06-30")
const NEW = isoDate("2025-07-01")

const countByType = (units: ReadonlyArray<{ type: string }>) => {
  const counts: Record<string, number> = {}
  for (const u of units) counts[u.type] = (counts[u.type] ?? 0) + 1
  return counts
}
const oldLaoCaiCommunesAt = (date: ReturnType<typeof isoDate>) =>
  unitsAt(reg, date, "commune").filter((u) => ancestorAt(reg, u.code, date, "province")?.code === "10")
const composition = (code: string) =>
  predecessorsAt(reg, code, NEW, LAST_OLD_DAY)
    .map((u) => `${u.code} ${u.name}`)
    .sort()

// laoCaiRegistry is indexed at load without validation; this is the validation it relies on.
describe("the shipped dataset, as loaded", () => {
  it("decodes and validates with no error and no warning, and decoding changes nothing", () => {
    const checked = registryFromJson(laoCaiDatasetJson)
    expect(checked.ok ? checked.warnings : checked.problems).toEqual([])
    expect(checked.ok && checked.registry.dataset).toStrictEqual(laoCaiDataset)
  })

  it("indexes the same registry as the checked way in", () => {
    const checked = registryFromJson(laoCaiDatasetJson)
    if (!checked.ok) throw new Error("invalid")
    expect(reg.byId).toStrictEqual(checked.registry.byId)
    expect(reg.byCode).toStrictEqual(checked.registry.byCode)
    expect(reg.startingEvents).toStrictEqual(checked.registry.startingEvents)
  })
})

describe("counts per period (lao-cai-units.md §1.1, §4.1, §6)", () => {
  it("old Lào Cai: 152 = 127 xã + 16 phường + 9 thị trấn until 31 Oct 2024", () => {
    for (const d of [isoDate("2021-01-01"), OLD, BEFORE_TA_CHAI]) {
      const units = oldLaoCaiCommunesAt(d)
      expect(units).toHaveLength(152)
      expect(countByType(units)).toEqual({ commune: 127, ward: 16, township: 9 })
    }
  })

  it("old Lào Cai: 151 = 126 xã + 16 phường + 9 thị trấn from 1 Nov 2024 to 30 Jun 2025", () => {
    for (const d of [AFTER_TA_CHAI, LAST_OLD_DAY]) {
      const units = oldLaoCaiCommunesAt(d)
      expect(units).toHaveLength(151)
      expect(countByType(units)).toEqual({ commune: 126, ward: 16, township: 9 })
    }
  })

  it("9 district-level units with the per-district counts of §1.1", () => {
    const perDistrict = Object.fromEntries(
      unitsAt(reg, OLD, "district").map((d) => [d.code, childrenAt(reg, d.code, OLD).length]),
    )
    expect(perDistrict).toEqual({
      "080": 17,
      "082": 21,
      "083": 16,
      "084": 10,
      "085": 19,
      "086": 14,
      "087": 17,
      "088": 16,
      "089": 22,
    })
  })

  it("new Lào Cai: 99 = 89 xã + 10 phường, 48 from old Lào Cai and 51 from old Yên Bái; no district", () => {
    const units = unitsAt(reg, NEW, "commune")
    expect(units).toHaveLength(99)
    expect(countByType(units)).toEqual({ commune: 89, ward: 10 })
    expect(unitsAt(reg, NEW, "district")).toHaveLength(0)
    expect(unitsAt(reg, NEW, "province").map((u) => [u.code, u.name])).toEqual([["15", "Tỉnh Lào Cai"]])
    const fromOld = (province: string) =>
      units.filter((u) =>
        predecessorsAt(reg, u.code, NEW, LAST_OLD_DAY).every(
          (p) => ancestorAt(reg, p.code, LAST_OLD_DAY, "province")?.code === province,
        ),
      ).length
    expect(fromOld("10")).toBe(48)
    expect(fromOld("15")).toBe(51)
    expect(unitsAt(reg, LAST_OLD_DAY, "commune").filter((u) => u.parent === "15")).toHaveLength(168)
  })
})

describe("compositions of new units (§4.3, §6)", () => {
  it("reused code 02647: new Phường Lào Cai = Duyên Hải + Lào Cai + Cốc Lếu + Kim Tân + Vạn Hoà + Bản Phiệt", () => {
    expect(unitAt(reg, "02647", OLD)?.name).toBe("Phường Kim Tân")
    expect(unitAt(reg, "02647", NEW)?.name).toBe("Phường Lào Cai")
    expect(composition("02647")).toEqual([
      "02635 Phường Duyên Hải",
      "02641 Phường Lào Cai",
      "02644 Phường Cốc Lếu",
      "02647 Phường Kim Tân",
      "02665 Xã Vạn Hoà",
      "02911 Xã Bản Phiệt",
    ])
    // Old Phường Lào Cai is 02641, not 02647: the mapping goes through lineage, never equal codes.
    expect(exists(reg, "02641", NEW)).toBe(false)
    expect(successorsAt(reg, "02641", OLD, NEW).map((u) => u.code)).toEqual(["02647"])
    // Bản Phiệt crossed from Huyện Bảo Thắng.
    expect(ancestorAt(reg, "02911", OLD, "district")?.name).toBe("Huyện Bảo Thắng")
  })

  it("Phường Cam Đường (02671): 6 phường + xã Cam Đường, 7 → 1", () => {
    const c = composition("02671")
    expect(c).toHaveLength(7)
    expect(c).toContain("02674 Xã Cam Đường")
    expect(c.filter((n) => n.includes("Phường"))).toHaveLength(6)
  })

  it("Xã Bắc Hà (02839): TT Bắc Hà + 5 xã, 6 → 1, and Tà Chải through TT Bắc Hà", () => {
    expect(composition("02839")).toEqual([
      "02839 Thị trấn Bắc Hà",
      "02857 Xã Thải Giàng Phố",
      "02863 Xã Hoàng Thu Phố",
      "02866 Xã Bản Phố",
      "02875 Xã Na Hối",
      "02881 Xã Nậm Mòn",
    ])
    expect(predecessorsAt(reg, "02839", NEW, OLD).map((u) => u.code)).toContain("02872")
    expect(unitAt(reg, "02839", NEW)?.type).toBe("commune")
  })

  it("Xã Bảo Hà (02989) crosses the Bảo Yên / Văn Bàn line", () => {
    const preds = predecessorsOf(reg, "02989", NEW)
    expect(preds.map((u) => u.code).sort()).toEqual(["02971", "02974", "02989", "03070", "03079"])
    const districts = new Set(preds.map((u) => ancestorAt(reg, u.code, OLD, "district")?.code))
    expect(districts).toEqual(new Set(["087", "089"]))
  })

  it("Ngũ Chỉ Sơn and Nậm Xé are unchanged but re-parented to the province", () => {
    for (const code of ["03004", "03085"]) {
      expect(composition(code)).toEqual([`${code} ${unitAt(reg, code, OLD)!.name}`])
      expect(levelOfUnit(parentAt(reg, code, OLD)!)).toBe("district")
      expect(parentAt(reg, code, NEW)?.code).toBe("15")
      expect(successorsAt(reg, code, OLD, NEW).map((u) => u.code)).toEqual([code])
    }
  })

  it("every old Lào Cai commune's lineage agrees with the successor column of §1.2", () => {
    for (const [code, , , , successor] of oldLaoCaiCommunes) {
      expect([code, successorsAt(reg, code, OLD, NEW).map((u) => u.code)]).toEqual([code, [successor]])
    }
  })
})

describe("Tà Chải and the 2024 merge (NQ 1197/NQ-UBTVQH15)", () => {
  it("Tà Chải exists until 31 Oct 2024 and feeds TT Bắc Hà from 1 Nov 2024", () => {
    expect(exists(reg, "02872", BEFORE_TA_CHAI)).toBe(true)
    expect(exists(reg, "02872", AFTER_TA_CHAI)).toBe(false)
    expect(successorsAt(reg, "02872", OLD, AFTER_TA_CHAI).map((u) => u.name)).toEqual(["Thị trấn Bắc Hà"])
    expect(predecessorsOf(reg, "02839", AFTER_TA_CHAI).map((u) => u.code)).toEqual(["02872"])
    expect(unitAt(reg, "02839", OLD)).toBe(unitAt(reg, "02839", AFTER_TA_CHAI))
  })

  it("tells 'did not exist' from 'before the dataset's coverage'", () => {
    expect(existenceAt(reg, "02872", AFTER_TA_CHAI)).toBe("did-not-exist")
    expect(existenceAt(reg, "02872", OLD)).toBe("exists")
    expect(existenceAt(reg, "02872", isoDate("2019-06-01"))).toBe("unknown")
    expect(existenceAt(reg, "02647", NEW)).toBe("exists")
  })
})

describe("hierarchy, region and names", () => {
  it("communes hang under their district before 2025 and under province 15 after", () => {
    expect(ancestorAt(reg, "02746", OLD, "district")?.name).toBe("Thành phố Lào Cai")
    expect(ancestorAt(reg, "02746", OLD, "province")?.name).toBe("Tỉnh Lào Cai")
    expect(ancestorAt(reg, "02746", NEW, "district")).toBeUndefined()
    expect(ancestorAt(reg, "02746", NEW, "province")?.code).toBe("15")
    expect(ancestorAt(reg, "04456", OLD, "province")?.name).toBe("Tỉnh Yên Bái")
    expect(regionAt(reg, "02794", OLD)).toBe("TDMNPB")
    expect(regionAt(reg, "04465", NEW)).toBe("TDMNPB")
  })

  it("finds units by name through prefixes, tone placement and the alias table", () => {
    const codes = (name: string, d = OLD) => findByName(reg, name, d).map((u) => u.code)
    expect(codes("Xã Nàn Sín")).toEqual(["02836"])
    expect(codes("nan xin")).toEqual(["02836"])
    expect(codes("Xuân Hòa")).toEqual(["02962"])
    expect(codes("Xã Xuân Hòa", NEW)).toEqual(["02962"])
    expect(codes("Sơn Thủy")).toEqual(["03064"])
    expect(codes("Nậm Dạng")).toEqual(["03073"])
    expect(codes("Tà Xi Láng")).toEqual(["04603"])
    expect(codes("Bản Xen")).toEqual(["02797"])
    expect(codes("Hát Lừu")).toEqual(["04618"])
    // The type prefix is ignored: the old township's name finds the new xã of the same name.
    expect(codes("Thị trấn Bắc Hà", NEW)).toEqual(["02839"])
    // "Thanh Bình" is a xã in both Mường Khương and Sa Pa: both come back unless scoped.
    expect(codes("Thanh Bình").sort()).toEqual(["02779", "03022"])
    expect(findByName(reg, "Thanh Bình", OLD, { within: "088" }).map((u) => u.code)).toEqual(["03022"])
    expect(codes("Sa Pa").sort()).toEqual(["03001", "088"])
    expect(findByName(reg, "Sa Pa", OLD, { level: "district" }).map((u) => u.name)).toEqual(["Thị xã Sa Pa"])
  })

  it("keeps the QĐ 2167 investment-area class apart: 87 especially difficult, 8 difficult, 4 not listed", () => {
    const values = [...laoCaiInvestmentAreaClass2026.values()]
    expect(values.filter((v) => v === "especially-difficult")).toHaveLength(87)
    expect(values.filter((v) => v === "difficult")).toHaveLength(8)
    expect(laoCaiInvestmentAreaClass2026.has("04252")).toBe(false)
  })
})

describe("roll-up and re-basing of Lào Cai figures", () => {
  it("rolls commune figures up to their 2022 districts", () => {
    const r = rollUp(
      reg,
      [
        ["02911", 5n],
        ["02914", 7n],
        ["02746", 1n],
        ["99999", 4n],
      ],
      OLD,
      "district",
      bigintFigure,
    )
    expect(Object.fromEntries(r.totals)).toEqual({ "086": 12n, "080": 1n })
    expect(r.unplaced.map((u) => [u.code, u.reason])).toEqual([["99999", "unknown-unit"]])
  })

  it("re-bases every 2022 commune of old Lào Cai onto the 48 new units, total preserved", () => {
    const figures = oldLaoCaiCommunes.map(([code], i) => [code, i + 1] as const)
    const r = rebase(reg, figures, OLD, NEW, numberFigure)
    expect(r.unplaced).toEqual([])
    expect(r.totals.size).toBe(48)
    expect([...r.totals.values()].reduce((a, b) => a + b, 0)).toBe((152 * 153) / 2)
    // Phường Lào Cai = rows 1–4 (02635…02647) + Vạn Hoà (row 11) + Bản Phiệt (row 87).
    expect(r.totals.get("02647")).toBe(1 + 2 + 3 + 4 + 11 + 87)
  })

  it("flags district figures as abolished rather than guessing", () => {
    const r = rebase(reg, [["085", 10n]], OLD, NEW, bigintFigure)
    expect(r.totals.size).toBe(0)
    expect(r.unplaced.map((u) => u.reason)).toEqual(["abolished"])
  })
})
