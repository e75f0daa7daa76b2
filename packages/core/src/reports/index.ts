/** Reports: the annual help report, the NTM status report, and their pure table model with CSV, JSON and spreadsheet-cell rendering. */

export * as HelpFigures from "./help/figures.ts"
export * as HelpReport from "./help/helpReport.ts"
export * as HelpLabels from "./help/labels.ts"
export * as HelpParagraph from "./help/paragraph.ts"
export * as HelpPhrases from "./help/phrases.ts"
export * as NumberText from "./numberText.ts"
export * as CellText from "./render/cellText.ts"
export * as Csv from "./render/csv.ts"
export * as Json from "./render/json.ts"
export * as Spreadsheet from "./render/spreadsheet.ts"
export * as Table from "./Table.ts"
