import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FreeTextField } from '../../ui/free-text-field';
import { TypedConfirmation } from '../../ui/typed-confirmation';
import { useSubjectCommand } from '../use-subject-command';
import { type ErasurePlan, suppressionRefsOf } from './erasure-plan';
import { RetainChoices } from './retain-choices';
import { SuppressionRefsField } from './suppression-refs-field';

interface ErasureDialogProps {
  subjectId: string;
  revision: number | null;
  plan: ErasurePlan;
  onClose: () => void;
}

/**
 * Recording an erasure (art. 17), or narrowing the last one: which purposes are kept under which exemption,
 * what is refused from now on (stated from the choices as they stand), the suppression refs an absolute
 * objection calls for, and the subject id typed again.
 */
export function ErasureDialog({ subjectId, revision, plan, onClose }: ErasureDialogProps) {
  const { t, fill } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const all = plan.candidates.map((candidate) => candidate.purpose);
  const keepable = plan.candidates.filter((candidate) => candidate.exemption).map(({ purpose }) => purpose);
  const narrowing = plan.kind === 'narrow';
  // Everything that may be kept starts kept: an erasure cannot be undone, a retention can still be narrowed.
  const [retain, setRetain] = useState<string[]>(keepable);
  const [refs, setRefs] = useState('');
  const [note, setNote] = useState('');
  const [typedId, setTypedId] = useState('');
  const suppressionFor = plan.kind === 'first' ? plan.suppressionFor : [];
  const erased = all.filter((purpose) => !retain.includes(purpose));
  const list = (purposes: readonly string[]) => purposes.join(', ');

  const consequence = (
    <>
      <p>{narrowing ? t.dialogs.narrowConsequence : t.dialogs.eraseConsequence}</p>
      {erased.length > 0 && (
        <p>{fill(narrowing ? t.dialogs.narrowLeftOut : t.dialogs.eraseErased, { purposes: list(erased) })}</p>
      )}
      {narrowing && erased.length === 0 && <p>{t.dialogs.narrowNothingLeftOut}</p>}
      <p>
        {retain.length > 0
          ? fill(t.dialogs.eraseRetained, { purposes: list(retain) })
          : keepable.length > 0
            ? fill(t.dialogs.eraseKeepsNoneOf, { purposes: list(keepable) })
            : t.dialogs.eraseRetainsNothing}
      </p>
    </>
  );

  return (
    <ConfirmDialog
      title={fill(narrowing ? t.dialogs.narrowTitle : t.dialogs.eraseTitle, { id: subjectId })}
      danger
      consequence={consequence}
      confirmLabel={narrowing ? t.dialogs.narrowConfirm : t.dialogs.eraseConfirm}
      confirmDisabled={typedId !== subjectId || (narrowing && erased.length === 0)}
      onConfirm={() => {
        const text = note.trim();
        const body = {
          retain,
          ...(text && { note: text }),
          ...(suppressionFor.length > 0 && { suppressionRefs: suppressionRefsOf(refs) }),
        };
        return run((api, expectedRevision) => api.completeErasure(subjectId, body, { expectedRevision }));
      }}
      onClose={onClose}
    >
      <RetainChoices
        legend={narrowing ? t.dialogs.narrowKept : t.dialogs.eraseActive}
        candidates={plan.candidates}
        retain={retain}
        onChange={setRetain}
      />
      {suppressionFor.length > 0 && (
        <SuppressionRefsField purposes={suppressionFor} value={refs} onChange={setRefs} />
      )}
      <FreeTextField label={t.fields.note} name="note" value={note} onChange={setNote} />
      <TypedConfirmation label={t.dialogs.eraseTypeId} value={typedId} onChange={setTypedId} />
    </ConfirmDialog>
  );
}
