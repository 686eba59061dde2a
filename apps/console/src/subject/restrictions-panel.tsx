import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { RESTRICTION_GROUNDS, type RestrictionGround } from '@ledger/domain/events';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { PurposeList } from '../ui/purpose-list';
import { type RestrictionFact, restrictionEffect } from './subject-facts';
import { useSubjectCommand } from './use-subject-command';
import { FreeTextField } from '../ui/free-text-field';

interface RestrictionsPanelProps {
  subjectId: string;
  revision: number | null;
  restrictions: readonly RestrictionFact[];
  purposes: readonly PurposeDefinition[];
  /** The DPO may lift and apply; an auditor only reads. */
  canChange: boolean;
}

/** The restrictions in force (art. 18), and for the DPO: lifting them and applying a new one. */
export function RestrictionsPanel({
  subjectId,
  revision,
  restrictions,
  purposes,
  canChange,
}: RestrictionsPanelProps) {
  const { t, fill, dateTime } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const [lifting, setLifting] = useState<RestrictionFact | null>(null);
  const [reason, setReason] = useState('');
  const stopped = (scope: RestrictionFact) => restrictionEffect(scope, purposes).stops;

  return (
    <section aria-labelledby="restrictions-title" className="panel">
      <h2 id="restrictions-title">{t.restrictions.title}</h2>
      {restrictions.length === 0 && <p>{t.restrictions.none}</p>}
      <ul className="cards">
        {restrictions.map((restriction) => (
          <li key={restriction.restrictionId} data-restriction={restriction.restrictionId}>
            <strong>{t.ground[restriction.ground]}</strong>
            <span className="detail">
              {fill(t.restrictions.since, { date: dateTime(restriction.occurredAt) })}
            </span>
            <Scope restriction={restriction} />
            {canChange && (
              <button type="button" onClick={() => setLifting(restriction)}>
                {t.restrictions.lift}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canChange && <ApplyRestrictionForm subjectId={subjectId} revision={revision} purposes={purposes} />}
      {lifting && (
        <ConfirmDialog
          title={t.dialogs.liftTitle}
          consequence={<p>{fill(t.dialogs.liftResumes, { purposes: stopped(lifting).join(', ') || '—' })}</p>}
          confirmLabel={t.dialogs.liftConfirm}
          onConfirm={() =>
            run((api, expectedRevision) =>
              api.liftRestriction(subjectId, lifting.restrictionId, reason.trim(), { expectedRevision }),
            )
          }
          onClose={() => {
            setLifting(null);
            setReason('');
          }}
        >
          <FreeTextField
            label={t.dialogs.liftReason}
            name="reason"
            rows={3}
            required
            value={reason}
            onChange={setReason}
          />
        </ConfirmDialog>
      )}
    </section>
  );
}

function Scope({ restriction }: { restriction: RestrictionFact }) {
  const { t } = useI18n();
  const { purposes = [], dataCategories = [] } = restriction;
  if (purposes.length === 0 && dataCategories.length === 0) return <p>{t.restrictions.everything}</p>;
  return (
    <dl className="facts">
      {purposes.length > 0 && (
        <>
          <dt>{t.fields.purposes}</dt>
          <dd>
            <PurposeList purposes={purposes} />
          </dd>
        </>
      )}
      {dataCategories.length > 0 && (
        <>
          <dt>{t.fields.dataCategories}</dt>
          <dd>
            <PurposeList purposes={dataCategories} />
          </dd>
        </>
      )}
    </dl>
  );
}

interface ApplyRestrictionFormProps {
  subjectId: string;
  revision: number | null;
  purposes: readonly PurposeDefinition[];
}

function ApplyRestrictionForm({ subjectId, revision, purposes }: ApplyRestrictionFormProps) {
  const { t, fill } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const [ground, setGround] = useState<RestrictionGround>(RESTRICTION_GROUNDS[0]);
  const [chosenPurposes, setChosenPurposes] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const allCategories = [...new Set(purposes.flatMap((purpose) => purpose.dataCategories))];
  const scope = {
    ...(chosenPurposes.length > 0 && { purposes: chosenPurposes }),
    ...(categories.length > 0 && { dataCategories: categories }),
  };
  const effect = restrictionEffect(scope, purposes);

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
        <p className="hint">{t.restrictions.scopeHint}</p>
        <CheckboxGroup
          legend={t.fields.purposes}
          name="purposes"
          options={purposes.map((purpose) => purpose.id)}
          selected={chosenPurposes}
          onChange={setChosenPurposes}
        />
        <CheckboxGroup
          legend={t.fields.dataCategories}
          name="dataCategories"
          options={allCategories}
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
            await run((api, expectedRevision) =>
              api.applyRestriction(
                subjectId,
                { ground, ...scope, ...(text && { note: text }) },
                { expectedRevision },
              ),
            );
            reset();
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </details>
  );
}
