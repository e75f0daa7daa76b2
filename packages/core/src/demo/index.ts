/** ILLUSTRATIVE demo data for Lào Cai 2022: a price list of assumptions and a ledger that reproduces the article's totals. */
export { laoCai2022Article } from "./laoCai2022Article.ts"
export { demoProviders, laoCai2022Contributions } from "./laoCai2022Contributions.ts"
export { laoCai2022PriceList } from "./laoCai2022PriceList.ts"
export { demoUnits, demoZoneOf } from "./laoCaiCommunes.ts"
