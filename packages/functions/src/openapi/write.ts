/** `pnpm --filter @ntm/functions openapi`: writes docs/openapi.json from the API definition. */
import { writeFileSync } from "node:fs"
import { committedPath, openApiText } from "./document.ts"

writeFileSync(committedPath, openApiText())
console.log(`wrote ${committedPath}`)
