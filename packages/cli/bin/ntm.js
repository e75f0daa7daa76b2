#!/usr/bin/env node
// The `ntm` executable: registers tsx (the workspace ships TypeScript sources) and runs the CLI.
import { register } from "tsx/esm/api"

// Output piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0)
  throw e
})
register()
const { main } = await import("../src/main.ts")
process.exitCode = await main(process.argv.slice(2))
