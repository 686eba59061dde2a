interface CheckboxGroupProps {
  legend: string;
  name: string;
  options: readonly string[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
}

/** A labelled group of checkboxes over ids (purposes, data categories), in catalogue order. */
export function CheckboxGroup({ legend, name, options, selected, onChange, hint }: CheckboxGroupProps) {
  const toggle = (option: string, on: boolean) =>
    onChange(options.filter((o) => (o === option ? on : selected.includes(o))));
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="choices">
        {options.map((option) => (
          <label key={option} className="choice">
            <input
              type="checkbox"
              name={name}
              value={option}
              checked={selected.includes(option)}
              onChange={(event) => toggle(option, event.target.checked)}
            />
            <code>{option}</code>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
