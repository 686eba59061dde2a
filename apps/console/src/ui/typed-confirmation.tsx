import { useId } from 'react';

interface TypedConfirmationProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A field in which the user types something again (a subject id) before an irreversible step. */
export function TypedConfirmation({ label, value, onChange }: TypedConfirmationProps) {
  const id = useId();
  return (
    <>
      <label className="field" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name="confirm-subject-id"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
