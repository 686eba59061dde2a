import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** Subject ids are the calling systems' own (contract section 1): the ledger keeps no names to search. */
const SUBJECT_ID = '[A-Za-z0-9._:\\-]{1,128}';

export function FindSubjectPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [subjectId, setSubjectId] = useState('');
  const hintId = useId();

  function open(event: FormEvent) {
    event.preventDefault();
    navigate(`/subjects/${encodeURIComponent(subjectId.trim())}`);
  }

  return (
    <section aria-labelledby="find-title" className="narrow">
      <h1 id="find-title">{t.find.title}</h1>
      <form onSubmit={open} className="inline-form">
        <label className="field">
          {t.find.label}
          <input
            name="subjectId"
            required
            pattern={SUBJECT_ID}
            title={t.find.invalid}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            value={subjectId}
            onChange={(event) => setSubjectId(event.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t.find.submit}
        </button>
      </form>
      <p id={hintId} className="hint">
        {t.find.hint}
      </p>
    </section>
  );
}
