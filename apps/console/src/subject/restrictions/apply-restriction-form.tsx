import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { RESTRICTION_GROUNDS, type RestrictionGround } from '@ledger/domain/events';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FreeTextField } from '../../ui/free-text-field';
import type { Recordable } from '../recordable';
import { useSubjectCommand } from '../use-subject-command';
import { restrictionEffect } from './restriction-effect';

interface ApplyRestrictionFormProps {
  subjectId: string;
  revision: number | null;
  purposes: readonly PurposeDefinition[];
  /** What a restriction may name: everything, or after an erasure what it kept. */
  scope: NonNullable<Recordable['restrictable']>;
  erased: boolean;
}

/** Applying a restriction (art. 18): its ground and scope, then a dialog saying what it stops. */
export function ApplyRestrictionForm({
  subjectId,
  revision,
  purposes,
  scope,
  erased,
}: ApplyRestrictionFormProps) {
  const { t, fill } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const [ground, setGround] = useState<RestrictionGround>(RESTRICTION_GROUNDS[0]);
  const [chosenPurposes, setChosenPurposes] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const chosen = {
    ...(chosenPurposes.length > 0 && { purposes: chosenPurposes }),
    ...(categories.length > 0 && { dataCategories: categories }),
  };
  const effect = restrictionEffect(chosen, purposes);

  function reset() {
    setChosenPurposes([]);
    setCategories([]);
    setNote('');
  }

  return (
    <details className="action-form">
      <summary>{t.restrictions.applyTitle}</summary>
      <form
        aria-label={t.restrictions.applyTitle}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        <label className="field">
          {t.fields.ground}
          <select
            name="ground"
            value={ground}
            onChange={(event) => setGround(event.target.value as RestrictionGround)}
          >
            {RESTRICTION_GROUNDS.map((value) => (
              <option key={value} value={value}>
                {t.ground[value]}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">{erased ? t.restrictions.scopeHintErased : t.restrictions.scopeHint}</p>
        <CheckboxGroup
          legend={t.fields.purposes}
          name="purposes"
          options={scope.purposes}
          selected={chosenPurposes}
          onChange={setChosenPurposes}
        />
        <CheckboxGroup
          legend={t.fields.dataCategories}
          name="dataCategories"
          options={scope.dataCategories}
          selected={categories}
          onChange={setCategories}
        />
        <FreeTextField label={t.fields.note} name="note" rows={2} value={note} onChange={setNote} />
        <button type="submit" className="primary">
          {t.restrictions.apply}
        </button>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t.dialogs.applyTitle}
          consequence={
            <>
              <p>
                {effect.stops.length > 0
                  ? fill(t.dialogs.applyStops, { purposes: effect.stops.join(', ') })
                  : t.dialogs.applyStopsNothing}
              </p>
              {effect.continues.length > 0 && (
                <p>{fill(t.dialogs.applyContinues, { purposes: effect.continues.join(', ') })}</p>
              )}
            </>
          }
          confirmLabel={t.dialogs.applyConfirm}
          onConfirm={async () => {
            const text = note.trim();
            const body = { ground, ...chosen, ...(text && { note: text }) };
            await run((api, expectedRevision) => api.applyRestriction(subjectId, body, { expectedRevision }));
            reset();
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </details>
  );
}
