import { responseDeadline } from '@ledger/domain/rights/response-deadline';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DeadlineBadge } from '../../objections/deadline-badge';
import { DecideObjectionDialog } from '../../objections/decide-objection-dialog';
import { useSession } from '../../session/session';
import { PurposeList } from '../../ui/purpose-list';
import type { ObjectionFact } from '../subject-facts';
import { WithdrawObjectionDialog } from './withdraw-objection-dialog';

interface ObjectionsPanelProps {
  subjectId: string;
  revision: number | null;
  objections: readonly ObjectionFact[];
  /** Whether the subject still takes a decision or withdrawal of an objection naming these purposes. */
  recordable: (purposes: readonly string[]) => boolean;
}

type Action = { kind: 'decide' | 'withdraw'; objection: ObjectionFact };

/**
 * The subject's objections in force: undecided ones with the same deadline as the queue, decided ones with
 * their outcome. The DPO decides them; the DPO (and the back office) record a withdrawal.
 */
export function ObjectionsPanel({ subjectId, revision, objections, recordable }: ObjectionsPanelProps) {
  const { t, fill, dateTime } = useI18n();
  const { can } = useSession();
  const [action, setAction] = useState<Action | null>(null);
  const close = () => setAction(null);

  return (
    <section aria-labelledby="objections-title" className="panel">
      <h2 id="objections-title">{t.objections.title}</h2>
      {objections.length === 0 && <p>{t.objections.none}</p>}
      <ul className="cards">
        {objections.map((objection) => {
          const open = recordable(objection.purposes);
          return (
            <li key={objection.objectionId} data-objection={objection.objectionId}>
              <PurposeList purposes={objection.purposes} />
              <span className="detail">
                {fill(t.objections.received, { date: dateTime(objection.occurredAt) })}
                {objection.channel && ` · ${t.channel[objection.channel]}`}
              </span>
              {objection.status === 'pending' ? (
                <DeadlineBadge deadline={responseDeadline(objection.occurredAt)} dated />
              ) : (
                <span className="badge neutral">{t.objections[objection.status]}</span>
              )}
              <div className="card-actions">
                {can.decide && open && objection.status === 'pending' && (
                  <button type="button" onClick={() => setAction({ kind: 'decide', objection })}>
                    {t.objections.decide}
                  </button>
                )}
                {can.record && open && (
                  <button type="button" onClick={() => setAction({ kind: 'withdraw', objection })}>
                    {t.objections.withdraw}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {action?.kind === 'decide' && (
        <DecideObjectionDialog
          objection={{
            subjectId,
            ...action.objection,
            deadline: responseDeadline(action.objection.occurredAt),
          }}
          expectedRevision={revision ?? -1}
          onClose={close}
        />
      )}
      {action?.kind === 'withdraw' && (
        <WithdrawObjectionDialog
          subjectId={subjectId}
          revision={revision}
          objection={action.objection}
          onClose={close}
        />
      )}
    </section>
  );
}
