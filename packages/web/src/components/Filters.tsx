/** Labelled filter controls: a choice whose empty option means "all", and a whole-number bound. */

/**
 * A select with an "all" option (its value is `undefined`) and `options` as `[value, text]` pairs.
 *
 * @example
 * <ChoiceFilter label="Huyện" allLabel="Tất cả" value={d} options={[["Huyện Bát Xát", "Huyện Bát Xát"]]} onChange={setD} />
 */
export const ChoiceFilter = <V extends string>(props: {
  readonly label: string
  readonly allLabel: string
  readonly value: V | undefined
  readonly options: ReadonlyArray<readonly [V, string]>
  readonly onChange: (value: V | undefined) => void
  readonly disabled?: boolean
}) => (
  <label>
    {props.label}
    <select
      value={props.value ?? ""}
      disabled={props.disabled ?? false}
      onChange={(e) => {
        const v = e.currentTarget.value
        props.onChange(v === "" ? undefined : props.options.find(([o]) => o === v)?.[0])
      }}
    >
      <option value="">{props.allLabel}</option>
      {props.options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  </label>
)

/** A whole-number input in [0, max]; empty means no bound. */
export const BoundFilter = (props: {
  readonly label: string
  readonly value: number | undefined
  readonly max: number
  readonly onChange: (value: number | undefined) => void
}) => (
  <label>
    {props.label}
    <input
      type="number"
      min={0}
      max={props.max}
      inputMode="numeric"
      value={props.value ?? ""}
      onInput={(e) => {
        const v = e.currentTarget.value
        props.onChange(v === "" ? undefined : Number(v))
      }}
    />
  </label>
)
