/** Horizontal bars as an HTML table: each row a label, a CSS bar (hidden from screen readers) and its number. */
import type { ComponentChildren } from "preact"
import { barPercent } from "../model/bars.ts"

/** One bar. */
export interface Bar {
  readonly label: ComponentChildren
  readonly value: number
  /** The text read out and shown beside the bar (e.g. "7" or "7 / 20"). */
  readonly text: string
  readonly tone?: "good" | "warn" | "bad" | "neutral"
}

/**
 * A captioned bar chart readable without sight: the table holds the numbers, the bars only draw them.
 *
 * @example
 * <Bars caption="Số xã theo mức đạt chuẩn" max={20} bars={[{ label: "NTM", value: 6, text: "6" }]} />
 */
export const Bars = (props: {
  readonly caption: string
  readonly bars: ReadonlyArray<Bar>
  readonly max: number
  readonly labelHeader: string
  readonly valueHeader: string
}) => (
  <table class="bars">
    <caption>{props.caption}</caption>
    <thead class="visually-hidden">
      <tr>
        <th scope="col">{props.labelHeader}</th>
        <th scope="col">{props.valueHeader}</th>
      </tr>
    </thead>
    <tbody>
      {props.bars.map((b, i) => (
        <tr key={i}>
          <th scope="row">{b.label}</th>
          <td>
            <span class="bar-track" aria-hidden="true">
              <span
                class={`bar-fill tone-${b.tone ?? "neutral"}`}
                style={{ width: `${barPercent(b.value, props.max)}%` }}
              />
            </span>
            <span class="bar-value">{b.text}</span>
          </td>
        </tr>
      ))}
    </tbody>
  </table>
)
