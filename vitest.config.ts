/** Vitest configuration: the projects come from `vitest.workspace.ts`. */
import { defineConfig } from "vitest/config"
import { projects } from "./vitest.workspace.ts"

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true"

export default defineConfig({ test: { projects } })
