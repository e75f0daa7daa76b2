/** The dashboard's data reads, through the typed API client (`@ntm/api/client`) over fetch. */

import { ClientHttpLayer, makeClient } from "@ntm/api/client"
import { IsoDate, UnitCode } from "@ntm/core"
import { Effect } from "effect"
import { apiBase } from "./auth/start.ts"
import type { AssessmentView } from "./model/communeRow.ts"
import { provinceCommunes } from "./model/units.ts"

type Client = Effect.Success<ReturnType<typeof makeClient>>

/** A failed read, with the server's problem detail when there is one. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = "LoadError"
  }
}

const describe = (e: unknown): LoadError => {
  const p = e as {
    readonly status?: unknown
    readonly detail?: unknown
    readonly title?: unknown
    readonly message?: unknown
  }
  const status = typeof p.status === "number" ? p.status : undefined
  const text = [p.title, p.detail].filter((x) => typeof x === "string").join(": ")
  return new LoadError(text !== "" ? text : typeof p.message === "string" ? p.message : String(e), status)
}

/**
 * Runs `f` with a client for this origin and token; rejects with a `LoadError` carrying the problem's detail.
 *
 * @example
 * const units = await run(token, (c) => c.units.list({ query: { date: "2024-12-31", level: "commune" } }))
 */
export const run = <A, E>(token: string, f: (client: Client) => Effect.Effect<A, E>): Promise<A> =>
  Effect.runPromise(
    Effect.flatMap(makeClient({ baseUrl: apiBase(), token }), f).pipe(
      Effect.mapError(describe),
      Effect.provide(ClientHttpLayer),
    ),
  )

/** A page query: 100 items, after `cursor` when there is one. */
export type PageQuery = { readonly limit: number; readonly cursor?: string }

/** Every page of a paged list (`{items, cursor?}`): `page` asks for one page with the query it is given. */
export const allPages = async <A>(
  token: string,
  page: (
    client: Client,
    query: PageQuery,
  ) => Effect.Effect<{ readonly items: ReadonlyArray<A>; readonly cursor?: string }, unknown>,
): Promise<Array<A>> => {
  const out: Array<A> = []
  let cursor: string | undefined
  do {
    const p = await run(token, (c) => page(c, { limit: 100, ...(cursor === undefined ? {} : { cursor }) }))
    out.push(...p.items)
    cursor = p.cursor
  } while (cursor !== undefined)
  return out
}

/** Runs `f` over `items` with at most `limit` at a time, keeping the order. */
export const mapLimit = async <A, B>(
  items: ReadonlyArray<A>,
  limit: number,
  f: (a: A) => Promise<B>,
): Promise<Array<B>> => {
  const out: Array<B> = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await f(items[i] as A)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** The xã of `province` on `date` (districts and commune-level units from `GET /v1/units`). */
export const loadCommunes = async (token: string, province: string, day: string) => {
  const date = IsoDate.isoDate(day)
  const [districts, communes] = await Promise.all([
    run(token, (c) => c.units.list({ query: { date, level: "district", parent: province } })).catch(() => ({
      items: [],
    })),
    run(token, (c) => c.units.list({ query: { date, level: "commune" } })),
  ])
  return provinceCommunes(province, districts.items, communes.items)
}

/** Every stored assessment of a commune (all pages, newest first), optionally of one year. */
export const loadAssessments = (
  token: string,
  province: string,
  commune: string,
  year?: number,
): Promise<Array<AssessmentView>> =>
  allPages(token, (c, page) =>
    c.assessments.history({
      params: { province, commune: UnitCode.unitCode(commune) },
      query: { ...page, ...(year === undefined ? {} : { year }) },
    }),
  )

/**
 * Every stored assessment of the province's communes for `year` (`GET /v1/provinces/{p}/assessments`, all pages):
 * one paged read for the whole province instead of one per commune. Needs province-wide read rights.
 */
export const loadProvinceAssessments = (
  token: string,
  province: string,
  year: number,
): Promise<Array<AssessmentView>> =>
  allPages(token, (c, page) => c.assessments.byProvince({ params: { province }, query: { ...page, year } }))

/** The province's targets, each with its progress (or why progress is unavailable). */
export const loadTargets = async (token: string, province: string) => {
  const page = await run(token, (c) => c.plans.listTargets({ params: { province }, query: { limit: 100 } }))
  return mapLimit(page.items, 4, async (target) => ({
    target,
    progress: await run(token, (c) => c.plans.targetProgress({ params: { id: target.id }, query: {} })),
  }))
}

/** One unit on a date, with its parent. */
export const loadUnit = (token: string, code: string, date: string) =>
  run(token, (c) => c.units.get({ params: { code }, query: { date: IsoDate.isoDate(date) } }))

/** The breakdowns of the help report, and its further sheets (quantity list, valuation method, reconciliation). */
export type HelpBy = "provider" | "commune" | "district" | "unit2025" | "items" | "method" | "reconciliation"

/** The help report of a province and year as JSON (`GET /v1/reports/help?format=json`). */
export const loadHelpReport = (token: string, province: string, year: number, by: HelpBy, lang: "vi" | "en") =>
  run(token, (c) =>
    c.reports.help({
      query: { province: UnitCode.unitCode(province), year: String(year), by, format: "json", lang },
    }),
  )

/**
 * Downloads the help report as CSV or XLSX and hands it to the browser as a file. Plain fetch here: the client
 * decodes a JSON body, while these are bytes; the URL and query are the same endpoint's.
 */
export const downloadHelpReport = async (
  token: string,
  province: string,
  year: number,
  by: HelpBy,
  lang: "vi" | "en",
  format: "csv" | "xlsx",
): Promise<void> => {
  const query = new URLSearchParams({ province, year: String(year), by, format, lang })
  const response = await fetch(`${apiBase()}/v1/reports/help?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (!response.ok) throw new LoadError(`${response.status} ${response.statusText}`, response.status)
  const disposition = response.headers.get("content-disposition") ?? ""
  const name = /filename="([^"]+)"/u.exec(disposition)?.[1] ?? `help-${province}-${year}-${by}.${format}`
  const url = URL.createObjectURL(await response.blob())
  const a = document.createElement("a")
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
