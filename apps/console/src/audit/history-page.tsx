import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { DecisionHistoryEntry } from '../api/wire';
import { usePurposeDescription } from '../catalogue/use-purpose-description';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { DateTime } from '../ui/date-time';
import { ProblemMessage } from '../ui/problem-message';
import { TableScroll } from '../ui/table-scroll';

/** Every change of the decision on one purpose of a subject (`GET .../history`), explained in the reader's language. */
export function HistoryPage() {
  const { subjectId = '', purpose = '' } = useParams();
  const { t, fill, lang } = useI18n();
  const { api } = useSession();
  const description = usePurposeDescription();
  const history = useQuery({
    queryKey: ['subject', subjectId, 'history', purpose, lang],
    queryFn: () => api.history(subjectId, purpose, lang),
  });
  const title = fill(t.history.title, { purpose, id: subjectId });
  const changes = history.data?.changes ?? [];

  return (
    <section aria-labelledby="history-title">
      <p>
        <Link to={`/subjects/${encodeURIComponent(subjectId)}`}>
          {fill(t.history.back, { id: subjectId })}
        </Link>
      </p>
      <h1 id="history-title">{title}</h1>
      <p className="description">{description(purpose)}</p>
      <p className="hint">{t.history.intro}</p>
      {history.isPending && <p>{t.app.loading}</p>}
      <ProblemMessage error={history.error} />
      {history.isSuccess && changes.length === 0 && <p>{t.history.empty}</p>}
      {changes.length > 0 && (
        <TableScroll label={title}>
          <table className="history stacked">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.history.at}</th>
                <th scope="col">{t.history.decision}</th>
                <th scope="col">{t.history.reasons}</th>
                <th scope="col">{t.history.cause}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={`${change.at}/${causeKey(change)}`}>
                  <th scope="row">
                    <DateTime iso={change.at} />
                  </th>
                  <td data-label={t.history.decision}>
                    <span className={`badge ${change.permitted ? 'permitted' : 'refused'}`}>
                      {change.permitted ? t.decisions.permitted : t.decisions.refused}
                    </span>
                  </td>
                  <td data-label={t.history.reasons}>
                    <ul className="reasons">
                      {change.reasons.map((reason) => (
                        <li key={reason.code} data-code={reason.code}>
                          <strong>{t.reason[reason.code]}</strong>
                        </li>
                      ))}
                    </ul>
                    <p className="detail explanation">{change.explanation}</p>
                  </td>
                  <td data-label={t.history.cause}>
                    <Cause change={change} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

const causeKey = ({ causedBy }: DecisionHistoryEntry) =>
  causedBy === null
    ? 'start'
    : 'validity' in causedBy
      ? `${causedBy.validity}/${causedBy.basisId}`
      : causedBy.eventId;

/** What changed the decision: an event, or a basis's period starting or ending. */
function Cause({ change: { causedBy } }: { change: DecisionHistoryEntry }) {
  const { t } = useI18n();
  if (causedBy === null) return <span className="detail">{t.history.inForce}</span>;
  if ('validity' in causedBy) {
    return <>{causedBy.validity === 'basis-started' ? t.history.basisStarted : t.history.basisExpired}</>;
  }
  return <>{t.eventType[causedBy.type]}</>;
}
