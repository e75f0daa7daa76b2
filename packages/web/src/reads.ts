/** The pages' further reads through the typed client: lineage, a commune's helpers, plans, ledger, difficulties. */
import { IsoDate, UnitCode } from "@ntm/core"
import { allPages, LoadError, mapLimit, run } from "./api.ts"
import type { AssignmentView, DifficultyView } from "./model/helping.ts"
import type { Successor } from "./model/structure.ts"

const lineageCache = new Map<string, Promise<Map<string, Array<Successor>>>>()

/**
 * The units each commune (valid on `from`) became on `at` (`GET /v1/units/{code}/lineage?at=`), six requests at a
 * time, cached per token and dates. A commune the registry cannot follow gets no entry.
 */
export const successorsOf = (
  token: string,
  codes: ReadonlyArray<string>,
  from: string,
  at: string,
): Promise<Map<string, Array<Successor>>> => {
  const key = `${token}|${from}|${at}|${codes.join(",")}`
  const hit = lineageCache.get(key)
  if (hit !== undefined) return hit
  const load = mapLimit(codes, 6, (code) =>
    run(token, (c) =>
      c.units.lineage({ params: { code }, query: { date: IsoDate.isoDate(from), at: IsoDate.isoDate(at) } }),
    ).then(
      (l) => [code, (l.successors ?? []).map((u) => ({ code: u.code, name: u.name }))] as const,
      () => undefined,
    ),
  ).then((pairs) => new Map(pairs.filter((p) => p !== undefined).map(([c, s]) => [c, [...s]])))
  load.catch(() => lineageCache.delete(key))
  lineageCache.set(key, load)
  return load
}

/** A commune's assignment records (history included). */
export const communeAssignments = (token: string, province: string, commune: string) =>
  allPages<AssignmentView>(token, (c, query) =>
    c.assignments.byCommune({ params: { province, commune: UnitCode.unitCode(commune) }, query }),
  )

/** Assignment records of many communes, six at a time; a commune whose records are refused has none here. */
export const assignmentsOf = async (
  token: string,
  province: string,
  codes: ReadonlyArray<string>,
): Promise<Array<AssignmentView>> =>
  (
    await mapLimit(codes, 6, (code) => communeAssignments(token, province, code).catch((): Array<AssignmentView> => []))
  ).flat()

/** A commune's plans (all years), each with its progress or the reason it could not be read. */
export const communePlans = async (token: string, province: string, commune: string) => {
  const plans = await allPages<{
    readonly id: string
    readonly year: number
    readonly targetTier?: string
    readonly criteria: ReadonlyArray<{ readonly key: string; readonly intent: string }>
  }>(token, (c, query) => c.plans.listPlans({ params: { province, commune: UnitCode.unitCode(commune) }, query }))
  return mapLimit(plans, 4, async (plan) => ({
    plan,
    progress: await run(token, (c) => c.plans.planProgress({ params: { id: plan.id }, query: {} })),
  }))
}

/** A commune's difficulties and proposals (every status). */
export const communeDifficulties = (token: string, province: string, commune: string) =>
  allPages<DifficultyView>(token, (c, query) =>
    c.difficulties.list({ params: { province, commune: UnitCode.unitCode(commune) }, query }),
  )

/** The help a commune received in a year: the year's totals and the first 100 lines. */
export const communeLedger = async (token: string, province: string, commune: string, year: number) => {
  const params = { province: UnitCode.unitCode(province) }
  const [totals, page] = await Promise.all([
    run(token, (c) =>
      c.contributions.totals({ params, query: { year: String(year), commune: UnitCode.unitCode(commune) } }),
    ),
    run(token, (c) =>
      c.contributions.list({
        params,
        query: { year: String(year), commune: UnitCode.unitCode(commune), limit: 100 },
      }),
    ),
  ])
  return { totals, lines: page.items, more: page.cursor !== undefined }
}

/** Compares an assessment with an earlier one (`GET /v1/assessments/{id}/compare?with=`). */
export const compareAssessments = (token: string, id: string, earlier: string) =>
  run(token, (c) => c.assessments.compare({ params: { id }, query: { with: earlier } }))

/** Whether the help report of a year is published: the public route answers (404 until it is). */
export const isPublished = (token: string, province: string, year: number): Promise<boolean> =>
  run(token, (c) =>
    c.publicReports.help({
      params: { province: UnitCode.unitCode(province), year: String(year) },
      query: { by: "provider", format: "json" },
    }),
  ).then(
    () => true,
    (e: unknown) => {
      if (e instanceof LoadError && e.status === 404) return false
      throw e
    },
  )

/** Publishes the help report of a year (province admin; a second publication is a 409). */
export const publishHelpReport = (token: string, province: string, year: number) =>
  run(token, (c) => c.reports.publishHelp({ payload: { province: UnitCode.unitCode(province), year: String(year) } }))

/** The public address of a published help report. */
export const publicReportUrl = (province: string, year: number): string =>
  `${location.origin}/v1/public/reports/help/${province}/${year}?by=provider&format=csv`
