import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';

interface SuppressionRefsFieldProps {
  /** The absolute purposes an objection in force names: why the refs are asked for. */
  purposes: readonly string[];
  value: string;
  onChange: (value: string) => void;
}

/**
 * The references by which a direct-marketing opt-out is recognised after the erasure (art. 21(3)), one per
 * line; none at all is a valid answer, so the field is not required.
 */
export function SuppressionRefsField({ purposes, value, onChange }: SuppressionRefsFieldProps) {
  const { t, fill } = useI18n();
  const whyId = useId();
  const hintId = useId();
  return (
    <div className="suppression">
      <p id={whyId}>{fill(t.dialogs.suppressionWhy, { purposes: purposes.join(', ') })}</p>
      <label className="field">
        {t.dialogs.suppressionRefs}
        <textarea
          name="suppressionRefs"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${whyId} ${hintId}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      <p id={hintId} className="hint">
        {t.dialogs.suppressionHint}
      </p>
    </div>
  );
}
