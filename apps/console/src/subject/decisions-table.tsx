import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { useState } from 'react';
import type { Decision, Moment } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { TableScroll } from '../ui/table-scroll';
import { DecisionRow } from './decision-row';
import { objectionNote } from './objection-note';
import { isFolded } from './purposes-in-view';
import type { ObjectionFact } from './subject-facts';

interface DecisionsTableProps {
  subjectId: string;
  decisions: readonly Decision[];
  purposes: readonly PurposeDefinition[];
  moment: Moment;
  /** The purposes the subject's events name; `null` when the role cannot read the events. */
  named: ReadonlySet<string> | null;
  /** The objections in force today, to say why a purpose is permitted beside one (shown for now only). */
  objections: readonly ObjectionFact[];
}

/**
 * For every purpose an event names: permitted or not, the reasons (the first decides) with the ledger's
 * explanation in the reader's language, and the basis relied on. The rest, a catalogue's worth of "no basis",
 * is folded away until asked for.
 */
export function DecisionsTable(props: DecisionsTableProps) {
  const { subjectId, decisions, purposes, moment, named, objections } = props;
  const { t, fill, dateTime } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const folded = decisions.filter((decision) => isFolded(decision, named)).length;
  const shown = showAll ? decisions : decisions.filter((decision) => !isFolded(decision, named));
  const inForce = moment.kind === 'now' ? objections : [];
  const caption =
    moment.kind === 'now'
      ? t.decisions.captionNow
      : fill(moment.kind === 'asOf' ? t.decisions.captionAsOf : t.decisions.captionAt, {
          time: dateTime(moment.time),
        });

  return (
    <>
      {folded > 0 && (
        <label className="choice fold-toggle">
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
          {fill(t.purposeView.showFolded, { count: folded })}
        </label>
      )}
      {shown.length === 0 ? (
        <p>{t.purposeView.allFolded}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="decisions stacked">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.decisions.purpose}</th>
                <th scope="col">{t.decisions.decision}</th>
                <th scope="col">{t.decisions.reasons}</th>
                <th scope="col">{t.decisions.basis}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((decision) => (
                <DecisionRow
                  key={decision.purpose}
                  subjectId={subjectId}
                  decision={decision}
                  note={objectionNote(decision, inForce, purposes)}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
