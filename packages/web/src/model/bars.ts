/** Bar geometry for the hand-rolled charts: how much of the track a value fills. */

/**
 * The drawn length of a bar in percent of the track: clamped to [0, 100], so a negative progress draws nothing
 * and an overshoot draws a full bar (the number beside the bar tells the truth).
 *
 * @example
 * barPercent(3, 12) // 25
 */
export const barPercent = (value: number, max: number): number => {
  if (!(max > 0) || !Number.isFinite(max) || !Number.isFinite(value)) return 0
  // value / max first: 100 * value can overflow to ±Infinity for huge finite values (and ∞ / ∞ is NaN).
  const p = (value / max) * 100
  return Number.isNaN(p) ? 0 : Math.min(100, Math.max(0, p))
}
