import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { useState } from 'react';
import { fromTyped } from '../../format/typed-time';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FreeTextField } from '../../ui/free-text-field';
import { LocalTimeField } from '../../ui/local-time-field';
import type { RestrictionFact } from '../subject-facts';
import { useSubjectCommand } from '../use-subject-command';
import { restrictionEffect } from './restriction-effect';

interface LiftRestrictionDialogProps {
  subjectId: string;
  revision: number | null;
  restriction: RestrictionFact;
  purposes: readonly PurposeDefinition[];
  onClose: () => void;
}

/** Lifting a restriction: why it ends, and when the person was told, which must come first (art. 18(3)). */
export function LiftRestrictionDialog(props: LiftRestrictionDialogProps) {
  const { subjectId, revision, restriction, purposes, onClose } = props;
  const { t, fill } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const [reason, setReason] = useState('');
  const [informed, setInformed] = useState('');
  const [latest] = useState(() => new Date().toISOString());
  const resumes = restrictionEffect(restriction, purposes).stops;

  return (
    <ConfirmDialog
      title={t.dialogs.liftTitle}
      consequence={<p>{fill(t.dialogs.liftResumes, { purposes: resumes.join(', ') || '—' })}</p>}
      confirmLabel={t.dialogs.liftConfirm}
      onConfirm={() => {
        const body = { reason: reason.trim(), subjectInformedAt: fromTyped(informed) as string };
        return run((api, expectedRevision) =>
          api.liftRestriction(subjectId, restriction.restrictionId, body, { expectedRevision }),
        );
      }}
      onClose={onClose}
    >
      <FreeTextField
        label={t.dialogs.liftReason}
        name="reason"
        rows={3}
        required
        value={reason}
        onChange={setReason}
      />
      <LocalTimeField
        label={t.dialogs.liftInformed}
        name="subjectInformedAt"
        required
        latest={latest}
        hint={t.dialogs.liftInformedHint}
        value={informed}
        onChange={setInformed}
      />
    </ConfirmDialog>
  );
}
