/** Vite build of the dashboard: Preact JSX through Vite's own transform (no plugin), output in `dist/`. */
import { defineConfig } from "vite"

export default defineConfig({
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", reportCompressedSize: true },
})
