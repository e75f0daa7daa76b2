/** Hash routes of the dashboard (work on any static host without server rewrites). */

/** A page and its parameters. */
export type Route =
  | { readonly page: "overview" }
  | { readonly page: "communes" }
  | { readonly page: "help" }
  | { readonly page: "commune"; readonly code: string }
  /** Data entry: the hub (`form` "") or one form, e.g. "contribution". */
  | { readonly page: "entry"; readonly form: string }
  | { readonly page: "not-found" }

/**
 * Reads a location hash: "" or "#/" → overview, "#/communes", "#/communes/02746", "#/help", "#/entry",
 * "#/entry/contribution".
 *
 * @example
 * parseRoute("#/communes/02746") // { page: "commune", code: "02746" }
 */
export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#/u, "").replace(/\/+$/u, "")
  if (path === "" || path === "/") return { page: "overview" }
  if (path === "/communes") return { page: "communes" }
  if (path === "/help") return { page: "help" }
  const entry = /^\/entry(?:\/([a-z][a-z-]*))?$/u.exec(path)
  if (entry !== null) return { page: "entry", form: entry[1] ?? "" }
  const m = /^\/communes\/(\d{5})$/u.exec(path)
  return m?.[1] !== undefined ? { page: "commune", code: m[1] } : { page: "not-found" }
}

/** The hash of a route. */
export const routeHash = (route: Route): string =>
  route.page === "entry"
    ? `#/entry${route.form === "" ? "" : `/${route.form}`}`
    : route.page === "commune"
      ? `#/communes/${route.code}`
      : route.page === "communes"
        ? "#/communes"
        : route.page === "help"
          ? "#/help"
          : "#/"
