import { Link } from 'react-router';
import type { Decision } from '../api/wire';
import { usePurposeDescription } from '../catalogue/use-purpose-description';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import type { ObjectionNote } from './objection-note';

interface DecisionRowProps {
  subjectId: string;
  decision: Decision;
  /** Why it is permitted although an objection to it is in force, when it is. */
  note: ObjectionNote | null;
}

/** One purpose: permitted or not, the reasons with the ledger's explanation, the basis, and its history. */
export function DecisionRow({ subjectId, decision, note }: DecisionRowProps) {
  const { t, fill, date } = useI18n();
  const { can } = useSession();
  const description = usePurposeDescription();
  const { purpose, basis } = decision;
  return (
    <tr data-purpose={purpose}>
      <th scope="row">
        <code>{purpose}</code>
        <span className="description">{description(purpose)}</span>
        {can.audit && (
          <Link
            className="detail"
            to={`/subjects/${encodeURIComponent(subjectId)}/history/${encodeURIComponent(purpose)}`}
            aria-label={fill(t.purposeView.historyOf, { purpose })}
          >
            {t.purposeView.history}
          </Link>
        )}
      </th>
      <td data-label={t.decisions.decision}>
        <span className={`badge ${decision.permitted ? 'permitted' : 'refused'}`}>
          {decision.permitted ? t.decisions.permitted : t.decisions.refused}
        </span>
      </td>
      <td data-label={t.decisions.reasons}>
        <ul className="reasons">
          {decision.reasons.map((reason) => (
            <li key={reason.code} data-code={reason.code}>
              <strong>{t.reason[reason.code]}</strong>
            </li>
          ))}
        </ul>
        <p className="detail explanation">{decision.explanation}</p>
        {note && basis && (
          <p className="detail objection-note">
            {fill(t.objectionNote[note.kind], {
              status: t.objectionNote.status[note.objection.status === 'upheld' ? 'upheld' : 'pending'],
              date: date(note.objection.occurredAt),
              legalBasis: t.legalBasis[basis.legalBasis],
            })}
          </p>
        )}
      </td>
      <td data-label={t.decisions.basis}>
        {basis ? (
          <>
            <strong>{t.legalBasis[basis.legalBasis]}</strong>
            <span className="detail">
              {fill(t.decisions.since, { date: date(basis.validFrom) })}
              {basis.validUntil && `, ${fill(t.decisions.until, { date: date(basis.validUntil) })}`}
            </span>
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}
