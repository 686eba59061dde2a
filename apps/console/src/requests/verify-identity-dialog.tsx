import { IDENTITY_METHODS, type IdentityMethod } from '@ledger/domain/events';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSubjectCommand } from '../subject/use-subject-command';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FreeTextField } from '../ui/free-text-field';
import { methodNeedsNote } from './request-steps';
import type { StepDialogProps } from './step-dialog';

/** How the requester's identity was established (art. 12(6)); "no reasonable doubt" says why in a note. */
export function VerifyIdentityDialog({ request, revision, onClose }: StepDialogProps) {
  const { t, fill } = useI18n();
  const run = useSubjectCommand(request.subjectId, revision);
  const [method, setMethod] = useState<IdentityMethod>('known-contact-details');
  const [note, setNote] = useState('');
  const hintId = useId();
  const needsNote = methodNeedsNote(method);

  return (
    <ConfirmDialog
      title={t.requestDialogs.verifyTitle}
      consequence={<p>{fill(t.requestDialogs.verifyConsequence, { method: t.identityMethod[method] })}</p>}
      confirmLabel={t.requestDialogs.verifyConfirm}
      onConfirm={() => {
        const text = note.trim();
        const body = { method, ...(text && { note: text }) };
        return run((api, expectedRevision) =>
          api.verifyIdentity(request.subjectId, request.requestId, body, { expectedRevision }),
        );
      }}
      onClose={onClose}
    >
      <label className="field">
        {t.requestDialogs.method}
        <select
          name="method"
          value={method}
          onChange={(event) => setMethod(event.target.value as IdentityMethod)}
        >
          {IDENTITY_METHODS.map((value) => (
            <option key={value} value={value}>
              {t.identityMethod[value]}
            </option>
          ))}
        </select>
      </label>
      <FreeTextField
        label={t.fields.note}
        name="note"
        required={needsNote}
        describedBy={needsNote ? hintId : undefined}
        value={note}
        onChange={setNote}
      />
      {needsNote && (
        <p id={hintId} className="hint">
          {t.requestDialogs.noteNeeded}
        </p>
      )}
    </ConfirmDialog>
  );
}
