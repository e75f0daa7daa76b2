/** The `ntm` command line: parses arguments (commander) and runs one command against an `Io`. */
import { Command, CommanderError, Option } from "commander"
import { contributionsImport } from "./commands/contributionsImport.ts"
import { contributionsTemplate } from "./commands/contributionsTemplate.ts"
import { evaluateCommand } from "./commands/evaluate.ts"
import { packValidate } from "./commands/packValidate.ts"
import { reportCommand } from "./commands/report.ts"
import { CliError, type Io, processIo } from "./Io.ts"
import { parseLang } from "./Lang.ts"
import { loadPack } from "./packs/load.ts"

const int = (name: string) => (v: string) => {
  if (!/^\d+$/u.test(v)) throw new CliError(`${name} must be a whole number, not "${v}"`, 2)
  return Number(v)
}

const langOption = () =>
  new Option("--lang <lang>", "output language: vi (Vietnamese) or en (English)").choices(["vi", "en"]).default("vi")

/** Builds the program; `setCode` receives each command's exit code. */
const program = (io: Io, setCode: (code: number) => void): Command => {
  const root = new Command("ntm")
    .description("NTM toolkit for offices: validate packs, evaluate a commune, import contributions, print reports")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError()

  const pack = root.command("pack").description("criteria packs (bộ tiêu chí)")
  pack
    .command("validate")
    .description("validate a pack or overlay file: every problem with its path, and what is still missing")
    .argument("<file>", "pack (ntm-pack/1) or overlay (ntm-overlay/1) JSON file")
    .option("--base <pack>", "base pack (known id or file) for an overlay whose base is not a known pack")
    .addOption(langOption())
    .action(async (file: string, o: { base?: string; lang: string }) => {
      const base = o.base === undefined ? undefined : await loadPack(io, o.base)
      setCode(await packValidate(io, file, { lang: parseLang(o.lang), ...(base === undefined ? {} : { base }) }))
    })

  root
    .command("evaluate")
    .description("evaluate one commune from a JSON or CSV file of measured values")
    .argument("<values>", "values.json (indicator → measured value) or values.csv (indicator, value, evidence)")
    .requiredOption("--pack <pack>", "known pack id or pack/overlay file")
    .option("--fill-in <file>", "fill-in overlay file applied on top of the pack")
    .requiredOption("--commune <code>", "commune GSO code (5 digits)")
    .requiredOption("--year <year>", "assessment year", int("--year"))
    .option("--date <date>", "assessment date YYYY-MM-DD (default: 31 December of the year)")
    .option("--region <region>", "region of the commune's province, when the commune is not in the units registry")
    .option("--strict", "count provisional results as indeterminate", false)
    .option("--all", "list every indicator, not only those that decide each criterion", false)
    .option("--json", "print the evaluation as JSON", false)
    .addOption(langOption())
    .action(async (values: string, o) => {
      setCode(
        await evaluateCommand(io, values, {
          pack: o.pack,
          ...(o.fillIn === undefined ? {} : { fillIn: o.fillIn }),
          commune: o.commune,
          year: o.year,
          ...(o.date === undefined ? {} : { date: o.date }),
          ...(o.region === undefined ? {} : { region: o.region }),
          strict: o.strict,
          json: o.json,
          all: o.all,
          lang: parseLang(o.lang),
        }),
      )
    })

  const contributions = root.command("contributions").description("the contribution ledger (đóng góp, hỗ trợ)")
  contributions
    .command("import")
    .description("check and import contribution rows from CSV or XLSX (all rows valid, or --skip-invalid)")
    .argument("<file>", "file.csv or file.xlsx in the template's layout (ntm contributions template)")
    .option("--price-list <file>", "price list JSON to value in-kind lines with")
    .option(
      "--tolerance <percent>",
      "flag values this many percent from the price list (no default)",
      int("--tolerance"),
    )
    .option("--skip-invalid", "import the valid rows only and list the skipped ones", false)
    .option("--out <file>", "write the validated ledger JSON here")
    .option("--api <url>", "post each line to a running API (POST /v1/contributions)")
    .option("--token <token>", "bearer token for --api (default: $NTM_TOKEN)")
    .addOption(langOption())
    .action(async (file: string, o) => {
      const token = o.token ?? process.env.NTM_TOKEN
      if (o.api !== undefined && token === undefined) throw new CliError("--api needs --token (or NTM_TOKEN)", 2)
      setCode(
        await contributionsImport(io, file, {
          lang: parseLang(o.lang),
          skipInvalid: o.skipInvalid,
          ...(o.priceList === undefined ? {} : { priceList: o.priceList }),
          ...(o.tolerance === undefined ? {} : { tolerance: o.tolerance }),
          ...(o.out === undefined ? {} : { out: o.out }),
          ...(o.api === undefined ? {} : { api: { url: o.api, token: token as string } }),
        }),
      )
    })
  contributions
    .command("template")
    .description("write the import template (headers and two illustrative rows)")
    .addOption(new Option("--format <format>", "csv or xlsx").choices(["csv", "xlsx"]).default("csv"))
    .option("--out <file>", "file to write (CSV goes to stdout without it)")
    .addOption(langOption())
    .action(async (o) => {
      setCode(
        await contributionsTemplate(io, {
          format: o.format,
          lang: parseLang(o.lang),
          ...(o.out === undefined ? {} : { out: o.out }),
        }),
      )
    })

  const report = root.command("report").description("reports for a year, in Vietnamese or English")
  for (const kind of ["help", "status"] as const)
    report
      .command(kind)
      .description(
        kind === "help"
          ? "the help report (báo cáo kết quả giúp đỡ xã): totals from a ledger"
          : "the NTM status report (báo cáo kết quả xây dựng NTM): tiers and criteria from assessments",
      )
      .requiredOption("--year <year>", "report year", int("--year"))
      .addOption(
        new Option("--by <dimension>", "help report: the sheet to print").choices([
          "provider",
          "commune",
          "district",
          "unit2025",
        ]),
      )
      .addOption(
        new Option("--format <format>", "text, json, csv or xlsx")
          .choices(["text", "json", "csv", "xlsx"])
          .default("text"),
      )
      .option("--sheet <id>", "the sheet to print or export (text, csv), by id; default the summary")
      .option("--out <file>", "file to write (needed for xlsx)")
      .option("--ledger <file>", "help report: ledger JSON (as written by contributions import --out)")
      .option("--price-list <file...>", "help report: price list files that valued the ledger (for the method)")
      .option("--evaluations <file>", "status report: JSON array of evaluations (ntm evaluate --json)")
      .option("--root <code>", "status report: the unit whose communes are counted (default 10, old Lào Cai)")
      .option("--demo", "use the built-in ILLUSTRATIVE Lào Cai demo data", false)
      .addOption(langOption())
      .action(async (o) => {
        setCode(
          await reportCommand(io, kind, {
            year: o.year,
            format: o.format,
            lang: parseLang(o.lang),
            demo: o.demo,
            ...(o.by === undefined ? {} : { by: o.by }),
            ...(o.out === undefined ? {} : { out: o.out }),
            ...(o.ledger === undefined ? {} : { ledger: o.ledger }),
            ...(o.sheet === undefined ? {} : { sheet: o.sheet }),
            ...(o.priceList === undefined ? {} : { priceLists: o.priceList }),
            ...(o.evaluations === undefined ? {} : { evaluations: o.evaluations }),
            ...(o.root === undefined ? {} : { root: o.root }),
          }),
        )
      })
  return root
}

/**
 * Runs the CLI with arguments (without `node` and the script) against an `Io`; returns the exit code.
 * 0: done; 1: the input has errors (printed); 2: usage error.
 *
 * @example
 * await run(["pack", "validate", "pack.json", "--lang", "en"], io)
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  let code = 0
  try {
    await program(io, (c) => {
      code = c
    }).parseAsync([...argv], { from: "user" })
    return code
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    if (e instanceof CliError) {
      io.err(`ntm: ${e.message}\n`)
      return e.exitCode
    }
    throw e
  }
}

/** The bin's entry: the real process. */
export const main = (argv: ReadonlyArray<string>): Promise<number> => run(argv, processIo())
