/** Entry point of @ntm/cli: the `ntm` command line and its commands, callable from code and tests. */
export { contributionsImport, type ImportOptions } from "./commands/contributionsImport.ts"
export { contributionsTemplate } from "./commands/contributionsTemplate.ts"
export { type EvaluateOptions, evaluateCommand } from "./commands/evaluate.ts"
export { type PackValidateOptions, packValidate } from "./commands/packValidate.ts"
export { type ReportOptions, reportCommand } from "./commands/report.ts"
export { CliError, type Io, processIo } from "./Io.ts"
export { main, run } from "./main.ts"
