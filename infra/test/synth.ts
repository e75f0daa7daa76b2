/** Test helper: synthesises the ready stack with the fixture handler, validation off and (by default) bundling skipped. */
import path from "node:path"
import { fileURLToPath } from "node:url"
import { App } from "aws-cdk-lib"
import { Template } from "aws-cdk-lib/assertions"
import type { NtmApiProps } from "../src/NtmApi.ts"
import { NtmStack, type NtmWebOptions } from "../src/NtmStack.ts"

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures")
export const FIXTURE_ENTRY = path.join(FIXTURES, "handler.ts")
/** A stand-in dashboard build (index.html and one hashed asset), so tests never need `pnpm --filter @ntm/web build`. */
export const FIXTURE_WEB = path.join(FIXTURES, "web")

/** Props every test starts from; tests override what they check. */
export const baseProps: NtmApiProps = {
  provinceCode: "15",
  production: false,
  auth: { kind: "cognito" },
  entry: FIXTURE_ENTRY,
}

export interface SynthOptions {
  /** Run esbuild (about 2 s); off by default. */
  readonly bundle?: boolean
  readonly outdir?: string
  /** Host the dashboard too (source defaults to {@link FIXTURE_WEB}); off by default. */
  readonly web?: NtmWebOptions
}

const build = (
  overrides: Partial<NtmApiProps> | ((app: App) => Partial<NtmApiProps>) = {},
  options: SynthOptions = {},
) => {
  const app = new App({
    builtinCloudFormationValidation: false,
    ...(options.outdir === undefined ? {} : { outdir: options.outdir }),
    context: options.bundle === true ? {} : { "aws:cdk:bundling-stacks": [] },
  })
  const stack = new NtmStack(app, "NtmTest", {
    env: { account: "123456789012", region: "ap-southeast-1" },
    api: { ...baseProps, ...(typeof overrides === "function" ? overrides(app) : overrides) },
    ...(options.web === undefined ? {} : { web: { source: FIXTURE_WEB, ...options.web } }),
  })
  return { app, stack, template: Template.fromStack(stack) }
}

let defaultResult: ReturnType<typeof build> | undefined

/** Builds the stack and returns it with its template; the all-defaults stack is built once per test file. */
export const synth = (
  overrides: Partial<NtmApiProps> | ((app: App) => Partial<NtmApiProps>) = {},
  options: SynthOptions = {},
) => {
  const isDefault =
    typeof overrides === "object" &&
    Object.keys(overrides).length === 0 &&
    options.bundle !== true &&
    options.web === undefined
  if (!isDefault || options.outdir !== undefined) return build(overrides, options)
  defaultResult ??= build(overrides, options)
  return defaultResult
}
