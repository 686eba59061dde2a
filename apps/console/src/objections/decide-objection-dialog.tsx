import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { useRefreshSubject } from '../subject/use-subject-command';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FreeTextField } from '../ui/free-text-field';

type Outcome = 'upheld' | 'overridden';

interface DecideObjectionDialogProps {
  subjectId: string;
  objectionId: string;
  purposes: string[];
  onClose: () => void;
}

/** Upholding or overriding an objection; overriding asks for the compelling legitimate grounds. */
export function DecideObjectionDialog({
  subjectId,
  objectionId,
  purposes,
  onClose,
}: DecideObjectionDialogProps) {
  const { t, fill } = useI18n();
  const { api } = useSession();
  const refresh = useRefreshSubject(subjectId);
  const [outcome, setOutcome] = useState<Outcome>('upheld');
  const [motivation, setMotivation] = useState('');
  const motivationHint = useId();
  const consequence = outcome === 'upheld' ? t.dialogs.upheldConsequence : t.dialogs.overriddenConsequence;

  async function decide() {
    const text = motivation.trim();
    await api.decideObjection(subjectId, objectionId, { outcome, ...(text && { motivation: text }) });
    await refresh();
  }

  return (
    <ConfirmDialog
      title={fill(t.dialogs.decideTitle, { id: subjectId })}
      consequence={<p>{fill(consequence, { purposes: purposes.join(', ') })}</p>}
      confirmLabel={t.dialogs.decideConfirm}
      onConfirm={decide}
      onClose={onClose}
    >
      <fieldset>
        <legend>{t.dialogs.outcome}</legend>
        {(['upheld', 'overridden'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="outcome"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {t.dialogs[value]}
          </label>
        ))}
      </fieldset>
      <FreeTextField
        label={t.dialogs.motivation}
        name="motivation"
        rows={3}
        value={motivation}
        required={outcome === 'overridden'}
        describedBy={outcome === 'overridden' ? motivationHint : undefined}
        onChange={setMotivation}
      />
      {outcome === 'overridden' && (
        <p id={motivationHint} className="hint">
          {t.dialogs.motivationRequired}
        </p>
      )}
    </ConfirmDialog>
  );
}
