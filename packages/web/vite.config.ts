/** Vite build of the dashboard: Preact JSX through Vite's own transform (no plugin), output in `dist/`. */
import { defineConfig } from "vite"

/** `pnpm --filter @ntm/web dev` proxies the API of a running `pnpm start` (port 3000, or NTM_API). */
const api = process.env.NTM_API ?? "http://localhost:3000"

export default defineConfig({
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", reportCompressedSize: true },
  server: { proxy: { "/v1": api, "/local": api, "/openapi.json": api } },
})
