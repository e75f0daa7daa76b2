/** Exports of reports to files people open: XLSX here (exceljs needs Node); CSV and JSON are pure, in `@ntm/core/reports`. */
export { toXlsx, type XlsxOptions } from "./xlsx.ts"
