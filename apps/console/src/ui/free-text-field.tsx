/** The longest free text the API takes (`FREE_TEXT_MAX` of the ledger's DTOs). */
const FREE_TEXT_MAX = 4000;

interface FreeTextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  required?: boolean;
  describedBy?: string;
}

/** A labelled free-text field (a note, a reason, a motivation): it may hold personal data, stored sealed. */
export function FreeTextField({
  label,
  name,
  value,
  onChange,
  rows = 2,
  required,
  describedBy,
}: FreeTextFieldProps) {
  return (
    <label className="field">
      {label}
      <textarea
        name={name}
        rows={rows}
        maxLength={FREE_TEXT_MAX}
        value={value}
        required={required}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
