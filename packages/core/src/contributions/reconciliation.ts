/** Reconciliation (đối chiếu): what each provider declared against what each receiving commune confirmed. */
import type { Vnd } from "../money/Vnd.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import type { Contribution } from "./Contribution.ts"

/**
 * One provider × commune row of the reconciliation (đối chiếu). `declared` sums what the provider declared delivered (its `declaredValue`,
 * else the line's value) over lines that reached delivery — delivered, confirmed or rejected; `confirmed`
 * sums the accepted value of lines the commune confirmed. `difference = declared − confirmed` (may be negative).
 */
export interface ReconciliationRow {
  readonly providerId: string
  readonly providerName: string
  readonly commune: UnitCode
  readonly declared: Vnd
  readonly confirmed: Vnd
  readonly difference: Vnd
  /** Lines delivered but not yet confirmed or rejected. */
  readonly awaitingConfirmation: number
  readonly rejected: number
  /**
   * `agreed` — nothing awaiting and declared = confirmed; `awaiting` — some lines await the commune;
   * `differs` — all answered but the amounts differ (a rejected line, or an accepted value below the declared one).
   */
  readonly state: "agreed" | "awaiting" | "differs"
}

/**
 * Reconciles declared against confirmed amounts per provider and commune, in one pass. Pledged and voided
 * lines are left out: a pledge is not a declaration of delivery, and a voided line never happened.
 * Rows come sorted by provider id, then commune code.
 *
 * @example
 * ```ts
 * import { Reconciliation } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * const open = Reconciliation.reconcile(laoCai2022Contributions).filter((r) => r.state !== "agreed")
 * open.map((r) => [r.providerId, r.commune, r.state]) // => [["dap2-lao-cai", "02689", "differs"], ["hai-quan-lao-cai", "02752", "awaiting"], ["lpb-lao-cai", "02794", "differs"]]
 * ```
 */
export const reconcile = (lines: Iterable<Contribution>): Array<ReconciliationRow> => {
  const rows = new Map<
    string,
    {
      providerId: string
      providerName: string
      commune: UnitCode
      declared: bigint
      confirmed: bigint
      awaiting: number
      rejected: number
    }
  >()
  for (const line of lines) {
    if (line.status === "pledged" || line.status === "voided") continue
    const key = `${line.provider.id}\u001f${line.commune}`
    let row = rows.get(key)
    if (row === undefined) {
      row = {
        providerId: line.provider.id,
        providerName: line.provider.name,
        commune: line.commune,
        declared: 0n,
        confirmed: 0n,
        awaiting: 0,
        rejected: 0,
      }
      rows.set(key, row)
    }
    row.declared += line.declaredValue ?? line.value ?? 0n
    if (line.status === "confirmed") row.confirmed += line.value ?? 0n
    else if (line.status === "delivered") row.awaiting++
    else row.rejected++
  }
  return [...rows.values()]
    .sort((a, b) =>
      a.providerId < b.providerId
        ? -1
        : a.providerId > b.providerId
          ? 1
          : a.commune < b.commune
            ? -1
            : a.commune > b.commune
              ? 1
              : 0,
    )
    .map((r) => ({
      providerId: r.providerId,
      providerName: r.providerName,
      commune: r.commune,
      declared: r.declared as Vnd,
      confirmed: r.confirmed as Vnd,
      difference: (r.declared - r.confirmed) as Vnd,
      awaitingConfirmation: r.awaiting,
      rejected: r.rejected,
      state: r.awaiting > 0 ? "awaiting" : r.declared === r.confirmed ? "agreed" : "differs",
    }))
}
