/**
 * The test projects, one per package. Vitest 4 does not read this file by itself; `vitest.config.ts`
 * imports `projects` from here, so this stays the single list of projects.
 */
export const projects = [
  {
    test: {
      name: "core",
      root: "packages/core",
      include: ["test/**/*.test.ts"],
      benchmark: { include: ["bench/**/*.bench.ts"] },
    },
  },
  {
    test: {
      name: "functions",
      root: "packages/functions",
      include: ["test/**/*.test.ts"],
      globalSetup: ["test/dynamo-global-setup.ts"],
      hookTimeout: 90_000,
      testTimeout: 60_000,
      benchmark: { include: ["bench/**/*.bench.ts"] },
    },
  },
  {
    test: {
      name: "cli",
      root: "packages/cli",
      include: ["test/**/*.test.ts"],
      // `--api` imports post to the real API on DynamoDB Local (`inject("dynamo")`), as in the functions project.
      globalSetup: ["../functions/test/dynamo-global-setup.ts"],
      hookTimeout: 90_000,
      testTimeout: 60_000,
      benchmark: { include: ["bench/**/*.bench.ts"] },
    },
  },
  {
    test: {
      name: "api",
      root: "packages/api",
      include: ["test/**/*.test.ts"],
    },
  },
  {
    test: {
      // TypeDoc over @ntm/core (its own TypeScript 6): the API reference has no warning.
      name: "docs-tooling",
      root: "packages/docs-tooling",
      include: ["test/**/*.test.ts"],
      // Each test builds a TypeScript program over the whole of core (tens of seconds on a busy machine).
      testTimeout: 300_000,
    },
  },
  {
    test: {
      name: "examples",
      root: "examples",
      include: ["*/test/**/*.test.ts"],
      // An outside app calls the built @ntm/api client against the real API on DynamoDB Local (`inject("dynamo")`).
      globalSetup: ["../packages/functions/test/dynamo-global-setup.ts"],
      hookTimeout: 180_000,
      testTimeout: 60_000,
    },
  },
  {
    test: {
      name: "infra",
      root: "infra",
      include: ["test/**/*.test.ts"],
      testTimeout: 120_000,
    },
  },
  {
    test: {
      name: "web",
      root: "packages/web",
      include: ["test/**/*.test.ts"],
      hookTimeout: 180_000,
      testTimeout: 120_000,
    },
  },
]
