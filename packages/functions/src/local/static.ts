/** Serves a built web app (the Vite output of `@ntm/web`) as static files, next to the API on the local server. */
import { readFile, stat } from "node:fs/promises"
import { extname, join, normalize, resolve, sep } from "node:path"

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
}

/** True for paths the API owns (`/v1…`, `/openapi.json`, `/docs…`): never answered from the static folder. */
export const isApiPath = (path: string): boolean =>
  path === "/v1" ||
  path.startsWith("/v1/") ||
  path === "/openapi.json" ||
  path === "/docs" ||
  path.startsWith("/docs/") ||
  path.startsWith("/local/")

/**
 * The static response for a GET/HEAD of `path` under `root`, or undefined to let the API answer. `/` gives
 * `index.html`; a path escaping `root` or naming no file gives undefined (the API's 404). Hashed assets under
 * `/assets/` are cached for a year, the rest revalidated.
 *
 * @example
 * await staticResponse("/work/packages/web/dist", "GET", "/") // index.html
 */
export const staticResponse = async (root: string, method: string, path: string): Promise<Response | undefined> => {
  if ((method !== "GET" && method !== "HEAD") || isApiPath(path)) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return undefined
  }
  const base = resolve(root)
  const file = resolve(base, `.${normalize(decoded === "/" ? "/index.html" : decoded)}`)
  if (file !== base && !file.startsWith(base + sep)) return undefined
  const info = await stat(file).catch(() => undefined)
  if (info === undefined || !info.isFile()) return undefined
  const body = method === "HEAD" ? null : new Uint8Array(await readFile(file))
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": decoded.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    },
  })
}

/** The web app's build folder in this repository (`packages/web/dist`), given the repository root. */
export const webDist = (repoRoot: string): string => join(repoRoot, "packages", "web", "dist")
