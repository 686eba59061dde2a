import { extendedDeadline } from '@ledger/domain/rights/response-deadline';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSubjectCommand } from '../subject/use-subject-command';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FreeTextField } from '../ui/free-text-field';
import type { StepDialogProps } from './step-dialog';

/** The one extension art. 12(3) allows: to three months after receipt, with the reason for the delay. */
export function ExtendRequestDialog({ request, revision, onClose }: StepDialogProps) {
  const { t, fill, date } = useI18n();
  const run = useSubjectCommand(request.subjectId, revision);
  const [reason, setReason] = useState('');
  const dates = {
    deadline: date(request.deadline),
    extendedUntil: date(extendedDeadline(request.receivedAt)),
  };

  return (
    <ConfirmDialog
      title={t.requestDialogs.extendTitle}
      consequence={<p>{fill(t.requestDialogs.extendConsequence, dates)}</p>}
      confirmLabel={t.requestDialogs.extendConfirm}
      onConfirm={() =>
        run((api, expectedRevision) =>
          api.extendRequest(
            request.subjectId,
            request.requestId,
            { reason: reason.trim() },
            { expectedRevision },
          ),
        )
      }
      onClose={onClose}
    >
      <FreeTextField
        label={t.requestDialogs.extendReason}
        name="reason"
        rows={3}
        required
        value={reason}
        onChange={setReason}
      />
    </ConfirmDialog>
  );
}
