import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FreeTextField } from '../../ui/free-text-field';
import type { ObjectionFact } from '../subject-facts';
import { useSubjectCommand } from '../use-subject-command';

interface WithdrawObjectionDialogProps {
  subjectId: string;
  revision: number | null;
  objection: ObjectionFact;
  onClose: () => void;
}

/** The person took the objection back: recorded with the evidence that they did, decided or not. */
export function WithdrawObjectionDialog({
  subjectId,
  revision,
  objection,
  onClose,
}: WithdrawObjectionDialogProps) {
  const { t, fill } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const evidenceHint = useId();

  return (
    <ConfirmDialog
      title={fill(t.dialogs.withdrawTitle, { id: subjectId })}
      consequence={<p>{fill(t.dialogs.withdrawConsequence, { purposes: objection.purposes.join(', ') })}</p>}
      confirmLabel={t.dialogs.withdrawConfirm}
      onConfirm={() => {
        const text = note.trim();
        const body = { evidence: evidence.trim(), ...(text && { note: text }) };
        return run((api, expectedRevision) =>
          api.withdrawObjection(subjectId, objection.objectionId, body, { expectedRevision }),
        );
      }}
      onClose={onClose}
    >
      <FreeTextField
        label={t.dialogs.withdrawEvidence}
        name="evidence"
        required
        describedBy={evidenceHint}
        value={evidence}
        onChange={setEvidence}
      />
      <p id={evidenceHint} className="hint">
        {t.dialogs.withdrawEvidenceHint}
      </p>
      <FreeTextField label={t.fields.note} name="note" value={note} onChange={setNote} />
    </ConfirmDialog>
  );
}
