import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Recordable } from '../recordable';
import type { RestrictionFact } from '../subject-facts';
import { ApplyRestrictionForm } from './apply-restriction-form';
import { LiftRestrictionDialog } from './lift-restriction-dialog';
import { RestrictionScope } from './restriction-scope';

interface RestrictionsPanelProps {
  subjectId: string;
  revision: number | null;
  restrictions: readonly RestrictionFact[];
  purposes: readonly PurposeDefinition[];
  /** For the DPO: what the subject still takes; an auditor only reads. */
  recordable: Recordable | null;
  erased: boolean;
}

/** The restrictions in force (art. 18), and for the DPO: lifting them and applying a new one. */
export function RestrictionsPanel(props: RestrictionsPanelProps) {
  const { subjectId, revision, restrictions, purposes, recordable, erased } = props;
  const { t, fill, dateTime } = useI18n();
  const [lifting, setLifting] = useState<RestrictionFact | null>(null);

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
            <RestrictionScope restriction={restriction} />
            {recordable?.restriction(restriction) && (
              <button type="button" onClick={() => setLifting(restriction)}>
                {t.restrictions.lift}
              </button>
            )}
          </li>
        ))}
      </ul>
      {recordable?.restrictable && (
        <ApplyRestrictionForm
          subjectId={subjectId}
          revision={revision}
          purposes={purposes}
          scope={recordable.restrictable}
          erased={erased}
        />
      )}
      {lifting && (
        <LiftRestrictionDialog
          subjectId={subjectId}
          revision={revision}
          restriction={lifting}
          purposes={purposes}
          onClose={() => setLifting(null)}
        />
      )}
    </section>
  );
}
