import { useEffect, useId, useRef } from 'react';
import { fromTyped } from '../format/typed-time';
import { useI18n } from '../i18n/i18n';

interface LocalTimeFieldProps {
  label: string;
  name: string;
  /** The text as typed (`toTyped` gives it for an instant). */
  value: string;
  onChange: (text: string) => void;
  required?: boolean;
  /** The latest instant the field takes (ISO). */
  latest?: string;
  /** Why the field asks what it asks, before the format. */
  hint?: string;
}

/**
 * A moment typed in the reader's language's order and local time, with its zone named. What it reads the
 * text as is shown beside it; text it cannot read, or a moment after `latest`, makes the field invalid, so the
 * browser refuses the form as it does a missing `required` value.
 */
export function LocalTimeField({
  label,
  name,
  value,
  onChange,
  required,
  latest,
  hint,
}: LocalTimeFieldProps) {
  const { t, fill, dateTime, zone } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const instant = fromTyped(value);
  const problem =
    value.trim() === ''
      ? ''
      : instant === null
        ? fill(t.time.invalid, { format: t.time.format })
        : latest !== undefined && instant > latest
          ? fill(t.time.tooLate, { latest: dateTime(latest) })
          : '';

  useEffect(() => input.current?.setCustomValidity(problem), [problem]);

  return (
    <div className="time-field">
      <label className="field">
        {label}
        <input
          ref={input}
          name={name}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          required={required}
          aria-describedby={hintId}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      <p id={hintId} className="hint">
        {hint && `${hint} `}
        {fill(t.time.hint, { format: t.time.format, zone })}
        {instant && problem === '' && ` ${fill(t.time.reads, { time: dateTime(instant) })}`}
        {problem && <span className="problem-text"> {problem}</span>}
      </p>
    </div>
  );
}
