/** Bar geometry for the hand-rolled charts: how much of the track a value fills. */

/**
 * The drawn length of a bar in percent of the track: clamped to [0, 100], so a negative progress draws nothing
 * and an overshoot draws a full bar (the number beside the bar tells the truth).
 *
 * @example
 * barPercent(3, 12) // 25
 */
export const barPercent = (value: number, max: number): number =>
  max > 0 && Number.isFinite(value) ? Math.min(100, Math.max(0, (100 * value) / max)) : 0
