/**
 * An outside app of Tỉnh Ví Dụ's office: it reads from a running NTM server through the published typed client
 * (`@ntm/api/client`) and nothing else of the server. `test/publishedClient.test.ts` installs the built packages
 * into a scratch app, type-checks and bundles this module there, and runs it against the real local API.
 */
import { call, NotFound } from "@ntm/api/client"
import { IsoDate } from "@ntm/core"
import { Effect } from "effect"

/** What the app read: the server's health, a unit with its parent, and the problem answered for an unknown unit. */
export interface Reading {
  readonly health: { readonly status: string; readonly service: string }
  readonly unit: { readonly code: string; readonly name: string; readonly parent: string | undefined }
  readonly unknownUnit: { readonly problem: string; readonly status: number } | undefined
}

/**
 * Reads the server's health (public) and, with a bearer token, unit `code` on `date` and the unknown unit `99999`.
 *
 * @example
 * const reading = await readUnits({ baseUrl: "http://localhost:3000", token }, "02746", "2024-01-01")
 */
export const readUnits = async (
  server: { readonly baseUrl: string; readonly token: string },
  code: string,
  date: string,
): Promise<Reading> => {
  const on = IsoDate.isoDate(date)
  const health = await call({ baseUrl: server.baseUrl }, (client) => client.system.health())
  const found = await call(server, (client) => client.units.get({ params: { code }, query: { date: on } }))
  const problem = await call(server, (client) =>
    Effect.flip(client.units.get({ params: { code: "99999" }, query: { date: on } })),
  )
  return {
    health,
    unit: { code: found.unit.code, name: found.unit.name, parent: found.parent?.code },
    unknownUnit: problem instanceof NotFound ? { problem: problem._tag, status: problem.status } : undefined,
  }
}
