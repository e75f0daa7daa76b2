/** The item catalogue: what can be contributed, its category, the unit it is counted in, and allowed unit conversions. */
import { Schema } from "effect"
import { Quantity, quantity } from "../money/Quantity.ts"
import { LocalizedText } from "../shared/LocalizedText.ts"

/**
 * Category of help (loại hỗ trợ), the split official reports and the recommended valuation model use
 * (peers-and-practice.md §6.3): cash, construction material, labour / workdays, goods / gift packages,
 * health services, education materials, equipment, houses / works, other.
 */
export const Category = Schema.Literals([
  "cash",
  "construction-material",
  "labour",
  "goods",
  "health-service",
  "education-material",
  "equipment",
  "houses-works",
  "other",
])
export type Category = typeof Category.Type

/** Names of the categories in Vietnamese and English. */
export const categoryNames: Readonly<Record<Category, LocalizedText>> = {
  cash: { vi: "Tiền mặt", en: "Cash" },
  "construction-material": { vi: "Vật liệu xây dựng", en: "Construction material" },
  labour: { vi: "Ngày công lao động", en: "Labour (workdays)" },
  goods: { vi: "Hàng hóa, quà tặng", en: "Goods and gift packages" },
  "health-service": { vi: "Khám chữa bệnh, cấp thuốc", en: "Health services" },
  "education-material": { vi: "Đồ dùng, sách vở học tập", en: "Education materials" },
  equipment: { vi: "Trang thiết bị", en: "Equipment" },
  "houses-works": { vi: "Nhà ở, công trình", en: "Houses and works" },
  other: { vi: "Hiện vật khác", en: "Other" },
}

/** A unit of measure (đơn vị tính) such as "t" (tấn), "day" (ngày công) or "package" (suất). */
export const MeasureUnit = Schema.Struct({
  /** Stable code used on lines and price lists, e.g. `"t"`, `"kg"`, `"day"`. */
  code: Schema.NonEmptyString,
  name: LocalizedText,
})
export type MeasureUnit = typeof MeasureUnit.Type

/** One other unit of measure (đơn vị tính) an item may be counted in, and how many base units one of it is (1 kg = 0.001 t). */
export const Conversion = Schema.Struct({
  unit: Schema.NonEmptyString,
  toBase: Quantity,
})
export type Conversion = typeof Conversion.Type

/** A catalogue item (danh mục hiện vật): "xi măng" counted in t, "ngày công" in days, "suất quà" in packages… */
export const CatalogueItem = Schema.Struct({
  /** Stable code used on lines and price lists, e.g. `"xi-mang"`. */
  code: Schema.NonEmptyString,
  name: LocalizedText,
  category: Category,
  /** The unit totals of this item are reported in. */
  baseUnit: Schema.NonEmptyString,
  /** Other units a line may use; any unit not listed (and not the base unit) is refused for this item. */
  conversions: Schema.Array(Conversion),
})
export type CatalogueItem = typeof CatalogueItem.Type

/** A catalogue (danh mục hiện vật): the units of measure and the items. Provinces may supply their own; {@link standardCatalogue} is the default. */
export const Catalogue = Schema.Struct({
  units: Schema.Array(MeasureUnit),
  items: Schema.Array(CatalogueItem),
})
export type Catalogue = typeof Catalogue.Type

const u = (code: string, vi: string, en: string): MeasureUnit => ({ code, name: { vi, en } })
const item = (
  code: string,
  vi: string,
  en: string,
  category: Category,
  baseUnit: string,
  conversions: ReadonlyArray<Conversion> = [],
): CatalogueItem => ({ code, name: { vi, en }, category, baseUnit, conversions })

/**
 * The default catalogue: the kinds of help named in Lào Cai's reports (source-article-lao-cai-2022.txt;
 * lao-cai-units.md §3.3). Cash is an item too, counted in đồng, so every line has a quantity and a unit.
 */
export const standardCatalogue: Catalogue = {
  units: [
    u("dong", "đồng", "VND"),
    u("t", "tấn", "tonne"),
    u("kg", "kg", "kilogram"),
    u("day", "ngày công", "workday"),
    u("package", "suất", "package"),
    u("visit", "lượt", "visit"),
    u("set", "bộ", "set"),
    u("item", "cuốn, chiếc", "item"),
    u("unit", "chiếc", "unit"),
    u("house", "căn", "house"),
    u("work", "công trình", "work"),
    u("lot", "lô", "lot"),
  ],
  items: [
    item("tien-mat", "Tiền mặt", "Cash", "cash", "dong"),
    item("xi-mang", "Xi măng", "Cement", "construction-material", "t", [{ unit: "kg", toBase: quantity("0.001") }]),
    item(
      "vat-lieu-nha",
      "Vật liệu sửa và làm nhà",
      "Materials for repairing and building houses",
      "construction-material",
      "lot",
    ),
    item("ngay-cong", "Ngày công lao động", "Workday", "labour", "day"),
    item("suat-qua", "Suất quà", "Gift package", "goods", "package"),
    item("quan-ao-chan", "Bộ quần áo, chăn", "Set of clothes or blanket", "goods", "set"),
    item(
      "luot-kham",
      "Lượt khám chữa bệnh, cấp thuốc, tư vấn sức khỏe",
      "Medical check-up with free medicine and advice",
      "health-service",
      "visit",
    ),
    item("bo-ban-ghe", "Bộ bàn ghế học sinh", "Pupil desk and chairs set", "education-material", "set"),
    item("sach-vo", "Sách, vở, dụng cụ học tập", "Books, notebooks and school supplies", "education-material", "item"),
    item("may-tinh", "Bộ máy tính", "Computer set", "equipment", "unit"),
    item("nha-dai-doan-ket", "Nhà đại đoàn kết", "Great-unity house", "houses-works", "house"),
    item(
      "cong-trinh",
      "Công trình (đường giao thông nông thôn, nhà văn hóa, đường điện)",
      "Community work (rural road, cultural house, power line)",
      "houses-works",
      "work",
    ),
    item("hien-vat-khac", "Hiện vật có giá trị khác", "Other in-kind items of value", "other", "lot"),
  ],
}

interface Index {
  readonly units: ReadonlyMap<string, MeasureUnit>
  readonly items: ReadonlyMap<string, CatalogueItem>
}
const indexes = new WeakMap<Catalogue, Index>()
const indexOf = (catalogue: Catalogue): Index => {
  let index = indexes.get(catalogue)
  if (index === undefined) {
    index = {
      units: new Map(catalogue.units.map((x) => [x.code, x])),
      items: new Map(catalogue.items.map((x) => [x.code, x])),
    }
    indexes.set(catalogue, index)
  }
  return index
}

/**
 * The item with a code, if the catalogue has it.
 *
 * @example
 * ```ts
 * import { Catalogue } from "@ntm/core/contributions"
 * Catalogue.findItem(Catalogue.standardCatalogue, "xi-mang")?.baseUnit // => "t"
 * Catalogue.findItem(Catalogue.standardCatalogue, "gach") // => undefined
 * ```
 */
export const findItem = (catalogue: Catalogue, code: string): CatalogueItem | undefined =>
  indexOf(catalogue).items.get(code)

/**
 * The unit of measure with a code, if the catalogue has it.
 *
 * @example
 * ```ts
 * import { Catalogue } from "@ntm/core/contributions"
 * Catalogue.findUnit(Catalogue.standardCatalogue, "day")?.name // => { vi: "ngày công", en: "workday" }
 * ```
 */
export const findUnit = (catalogue: Catalogue, code: string): MeasureUnit | undefined =>
  indexOf(catalogue).units.get(code)

/**
 * The units a line of this item may use: its base unit first, then its conversions.
 *
 * @example
 * ```ts
 * import { Catalogue } from "@ntm/core/contributions"
 * Catalogue.unitsOf(Catalogue.findItem(Catalogue.standardCatalogue, "xi-mang")!) // => ["t", "kg"]
 * ```
 */
export const unitsOf = (entry: CatalogueItem): Array<string> => [
  entry.baseUnit,
  ...entry.conversions.map((c) => c.unit),
]
