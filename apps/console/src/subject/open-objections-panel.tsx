import { responseDeadline } from '@ledger/domain/rights/response-deadline';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { DeadlineBadge } from '../objections/deadline-badge';
import { DecideObjectionDialog } from '../objections/decide-objection-dialog';
import { PurposeList } from '../ui/purpose-list';
import type { OpenObjectionFact } from './subject-facts';

interface OpenObjectionsPanelProps {
  subjectId: string;
  objections: readonly OpenObjectionFact[];
  canDecide: boolean;
}

/** This subject's undecided objections, with the same deadline as the queue, and for the DPO a decision. */
export function OpenObjectionsPanel({ subjectId, objections, canDecide }: OpenObjectionsPanelProps) {
  const { t, fill, dateTime } = useI18n();
  const [deciding, setDeciding] = useState<OpenObjectionFact | null>(null);
  return (
    <section aria-labelledby="open-objections-title" className="panel">
      <h2 id="open-objections-title">{t.objections.title}</h2>
      {objections.length === 0 && <p>{t.objections.none}</p>}
      <ul className="cards">
        {objections.map((objection) => (
          <li key={objection.objectionId} data-objection={objection.objectionId}>
            <PurposeList purposes={objection.purposes} />
            <span className="detail">
              {fill(t.objections.received, { date: dateTime(objection.occurredAt) })}
              {objection.channel && ` · ${t.channel[objection.channel]}`}
            </span>
            <DeadlineBadge deadline={responseDeadline(objection.occurredAt)} />
            {canDecide && (
              <button type="button" onClick={() => setDeciding(objection)}>
                {t.objections.decide}
              </button>
            )}
          </li>
        ))}
      </ul>
      {deciding && (
        <DecideObjectionDialog
          subjectId={subjectId}
          objectionId={deciding.objectionId}
          purposes={deciding.purposes}
          onClose={() => setDeciding(null)}
        />
      )}
    </section>
  );
}
