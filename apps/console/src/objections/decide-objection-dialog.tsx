import { useId, useState } from 'react';
import type { ObjectionOutcome } from '../api/wire';
import { useCatalogue } from '../catalogue/use-catalogue';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { useRefreshSubject } from '../subject/use-subject-command';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FreeTextField } from '../ui/free-text-field';
import { claimsPurposes, mayOverride, purposesByRule } from './objection-rules';
import { type ObjectionToDecide, ObjectionSummary } from './objection-summary';

interface DecideObjectionDialogProps {
  objection: ObjectionToDecide;
  /** From the subject page: the revision it shows, so a decision on a stale page is refused. */
  expectedRevision?: number;
  onClose: () => void;
}

/**
 * Upholding or overriding an objection, with what each does to every purpose it names. An objection to
 * absolute purposes only is never offered an override; overriding one to a `claims` purpose names the claim.
 */
export function DecideObjectionDialog({ objection, expectedRevision, onClose }: DecideObjectionDialogProps) {
  const { t, fill } = useI18n();
  const { api } = useSession();
  const catalogue = useCatalogue().data?.purposes ?? [];
  const refresh = useRefreshSubject(objection.subjectId);
  const [outcome, setOutcome] = useState<ObjectionOutcome>('upheld');
  const [motivation, setMotivation] = useState('');
  const hintId = useId();
  const { subjectId, objectionId, purposes } = objection;
  const overridable = mayOverride(purposes, catalogue);
  const claims = claimsPurposes(purposes, catalogue);
  const overriding = outcome === 'overridden';
  const list = (ids: readonly string[]) => ids.join(', ');

  async function decide() {
    const text = motivation.trim();
    const body = { outcome, ...(text && { motivation: text }) };
    await api.decideObjection(subjectId, objectionId, body, { expectedRevision });
    await refresh();
  }

  return (
    <ConfirmDialog
      title={fill(t.dialogs.decideTitle, { id: subjectId })}
      consequence={purposesByRule(purposes, catalogue).map(([rule, named]) => (
        <p key={rule}>{fill(t.dialogs.consequence[outcome][rule], { purposes: list(named) })}</p>
      ))}
      confirmLabel={t.dialogs.decideConfirm}
      onConfirm={decide}
      onClose={onClose}
    >
      <ObjectionSummary objection={objection} />
      <fieldset>
        <legend>{t.dialogs.outcome}</legend>
        {(overridable ? (['upheld', 'overridden'] as const) : (['upheld'] as const)).map((value) => (
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
        {!overridable && <p className="hint">{fill(t.dialogs.absoluteOnly, { purposes: list(purposes) })}</p>}
      </fieldset>
      <FreeTextField
        label={overriding && claims.length > 0 ? t.dialogs.motivationClaim : t.dialogs.motivation}
        name="motivation"
        rows={3}
        value={motivation}
        required={overriding}
        describedBy={overriding ? hintId : undefined}
        onChange={setMotivation}
      />
      {overriding && (
        <p id={hintId} className="hint">
          {claims.length > 0
            ? fill(t.dialogs.motivationClaimRequired, { purposes: list(claims) })
            : t.dialogs.motivationRequired}
        </p>
      )}
    </ConfirmDialog>
  );
}
