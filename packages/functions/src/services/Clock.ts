/** The wall clock as a service, so tests can fix time. Core never reads the clock; handlers pass dates in. */
import { Context, Layer } from "effect"

/** Current time. `now()` is epoch milliseconds. */
export class Clock extends Context.Service<Clock, { readonly now: () => number }>()("ntm/Clock") {}

/** The real clock. */
export const ClockLive = Layer.succeed(Clock)({ now: () => Date.now() })

/** A clock stuck at `epochMs` (tests). */
export const fixedClock = (epochMs: number) => Layer.succeed(Clock)({ now: () => epochMs })

/** ISO-8601 timestamp of `epochMs`, e.g. `2026-11-27T10:00:00.000Z`. */
export const isoTimestamp = (epochMs: number): string => new Date(epochMs).toISOString()
