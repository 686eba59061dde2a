import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { requestPath } from '../../requests/request-path';
import { RequestStatus } from '../../requests/request-status';
import { useSession } from '../../session/session';
import { ProblemMessage } from '../../ui/problem-message';
import { useSubjectRequests } from '../use-subject-queries';
import { ReceiveRequestForm } from './receive-request-form';

/** The subject's data-subject requests, each linking to its page, and recording one as it comes in. */
export function RequestsPanel({ subjectId, revision }: { subjectId: string; revision: number | null }) {
  const { t, date } = useI18n();
  const { can } = useSession();
  const requests = useSubjectRequests(subjectId);
  const list = requests.data?.requests ?? [];
  return (
    <section aria-labelledby="requests-panel-title" className="panel">
      <h2 id="requests-panel-title">{t.requests.panelTitle}</h2>
      <ProblemMessage error={requests.error} />
      {requests.isSuccess && list.length === 0 && <p>{t.requests.panelNone}</p>}
      <ul className="cards">
        {list.map((request) => (
          <li key={request.requestId} data-request={request.requestId}>
            <Link to={requestPath(request)}>{t.right[request.right]}</Link>
            <span className="detail">
              {t.requests.received} {date(request.receivedAt)}
            </span>
            <RequestStatus request={request} dated />
          </li>
        ))}
      </ul>
      {can.record && <ReceiveRequestForm subjectId={subjectId} revision={revision} />}
    </section>
  );
}
