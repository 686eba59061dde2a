import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useSubjectCommand } from './use-subject-command';
import { FreeTextField } from '../ui/free-text-field';

interface ErasurePanelProps {
  subjectId: string;
  revision: number | null;
  purposes: readonly PurposeDefinition[];
}

/** Recording an erasure (art. 17): the purposes kept under art. 17(3), confirmed by typing the subject id. */
export function ErasurePanel({ subjectId, revision, purposes }: ErasurePanelProps) {
  const { t, fill } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const [retain, setRetain] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [typedId, setTypedId] = useState('');
  const typedIdField = useId();

  return (
    <section aria-labelledby="erasure-title" className="panel">
      <h2 id="erasure-title">{t.erasure.title}</h2>
      <details className="action-form">
        <summary>{t.erasure.summary}</summary>
        <form
          aria-label={t.erasure.summary}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          <CheckboxGroup
            legend={t.erasure.retain}
            name="retain"
            options={purposes.map((purpose) => purpose.id)}
            selected={retain}
            onChange={setRetain}
          />
          <FreeTextField label={t.fields.note} name="note" rows={2} value={note} onChange={setNote} />
          <button type="submit" className="danger">
            {t.erasure.record}
          </button>
        </form>
      </details>
      {confirming && (
        <ConfirmDialog
          title={fill(t.dialogs.eraseTitle, { id: subjectId })}
          danger
          consequence={
            <>
              <p>{t.dialogs.eraseConsequence}</p>
              <p>
                {retain.length > 0
                  ? fill(t.dialogs.eraseRetained, { purposes: retain.join(', ') })
                  : t.dialogs.eraseRetainsNothing}
              </p>
            </>
          }
          confirmLabel={t.dialogs.eraseConfirm}
          confirmDisabled={typedId !== subjectId}
          onConfirm={() => {
            const text = note.trim();
            return run((api, expectedRevision) =>
              api.completeErasure(subjectId, { retain, ...(text && { note: text }) }, { expectedRevision }),
            );
          }}
          onClose={() => {
            setConfirming(false);
            setTypedId('');
          }}
        >
          <label className="field" htmlFor={typedIdField}>
            {t.dialogs.eraseTypeId}
          </label>
          <input
            id={typedIdField}
            name="confirm-subject-id"
            autoComplete="off"
            spellCheck={false}
            value={typedId}
            onChange={(event) => setTypedId(event.target.value)}
          />
        </ConfirmDialog>
      )}
    </section>
  );
}
