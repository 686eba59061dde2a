import {
  REQUEST_OUTCOMES,
  REQUEST_REFUSAL_GROUNDS,
  type RequestOutcome,
  type RequestRefusalGround,
} from '@ledger/domain/events';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSubjectCommand } from '../subject/use-subject-command';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FreeTextField } from '../ui/free-text-field';
import { grantNeedsIdentity } from './request-steps';
import type { StepDialogProps } from './step-dialog';

/**
 * The answer to a request (art. 12(3) to (6)): granted only once a needed identity check is done; anything
 * short of a full grant motivated, with the person told of their remedies; a refusal with its ground.
 */
export function CompleteRequestDialog({ request, revision, onClose }: StepDialogProps) {
  const { t, fill } = useI18n();
  const run = useSubjectCommand(request.subjectId, revision);
  const identityFirst = grantNeedsIdentity(request);
  const [outcome, setOutcome] = useState<RequestOutcome>(identityFirst ? 'refused' : 'granted');
  const [ground, setGround] = useState<RequestRefusalGround>(
    identityFirst ? 'identity-not-verified' : 'excessive',
  );
  const [motivation, setMotivation] = useState('');
  const [remedies, setRemedies] = useState(false);
  const granted = outcome === 'granted';
  const right = t.right[request.right];

  function answer() {
    const text = motivation.trim();
    const body = {
      outcome,
      ...(outcome === 'refused' && { refusalGround: ground }),
      ...(text && { motivation: text }),
      ...(!granted && { remediesInformed: remedies }),
    };
    return run((api, expectedRevision) =>
      api.completeRequest(request.subjectId, request.requestId, body, { expectedRevision }),
    );
  }

  return (
    <ConfirmDialog
      title={fill(t.requestDialogs.completeTitle, { right })}
      consequence={
        <p>
          {granted
            ? t.requestDialogs.completeGranted
            : fill(t.requestDialogs.completeNotGranted, { outcome: t.requestOutcome[outcome] })}
        </p>
      }
      confirmLabel={t.requestDialogs.completeConfirm}
      onConfirm={answer}
      onClose={onClose}
    >
      <fieldset>
        <legend>{t.requestDialogs.outcome}</legend>
        {REQUEST_OUTCOMES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="outcome"
              value={value}
              checked={outcome === value}
              disabled={identityFirst && value !== 'refused'}
              onChange={() => setOutcome(value)}
            />
            {t.requestOutcome[value]}
          </label>
        ))}
        {identityFirst && <p className="hint">{fill(t.requestDialogs.identityFirst, { right })}</p>}
      </fieldset>
      {outcome === 'refused' && (
        <label className="field">
          {t.requestDialogs.refusalGround}
          <select
            name="refusalGround"
            value={ground}
            onChange={(event) => setGround(event.target.value as RequestRefusalGround)}
          >
            {REQUEST_REFUSAL_GROUNDS.map((value) => (
              <option key={value} value={value}>
                {t.refusalGround[value]}
              </option>
            ))}
          </select>
        </label>
      )}
      <FreeTextField
        label={granted ? t.fields.motivation : t.requestDialogs.motivation}
        name="motivation"
        rows={3}
        required={!granted}
        value={motivation}
        onChange={setMotivation}
      />
      {!granted && (
        <label className="choice">
          <input
            type="checkbox"
            name="remediesInformed"
            required
            checked={remedies}
            onChange={(event) => setRemedies(event.target.checked)}
          />
          {t.requestDialogs.remediesInformed}
        </label>
      )}
    </ConfirmDialog>
  );
}
