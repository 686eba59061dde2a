import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RequestStatus as Status } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { DateTime } from '../ui/date-time';
import { ProblemMessage } from '../ui/problem-message';
import { QueueTable, SubjectCell } from '../ui/queue-table';
import { requestPath } from './request-path';
import { RequestStatus } from './request-status';

/** Every open (or only the overdue) request of all subjects, earliest deadline first (art. 12(3)). */
export function RequestsQueuePage() {
  const { t, fill, date } = useI18n();
  const { api } = useSession();
  const [status, setStatus] = useState<Status>('open');
  const queue = useQuery({
    queryKey: ['queue', 'requests', status],
    queryFn: () => api.requestsQueue(status),
  });
  const requests = queue.data?.requests ?? [];

  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title">{t.requests.queueTitle}</h1>
      <p className="hint">{t.requests.queueIntro}</p>
      <fieldset className="choices-inline">
        <legend>{t.requests.show}</legend>
        {(['open', 'overdue'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="status" checked={status === value} onChange={() => setStatus(value)} />
            {t.requests[value]}
          </label>
        ))}
      </fieldset>
      {queue.isPending && <p>{t.app.loading}</p>}
      <ProblemMessage error={queue.error} />
      {queue.isSuccess && requests.length === 0 && (
        <p>{status === 'open' ? t.requests.empty : t.requests.emptyOverdue}</p>
      )}
      {requests.length > 0 && (
        <QueueTable
          label={t.requests.queueTitle}
          columns={[
            t.requests.subject,
            t.requests.right,
            t.requests.received,
            t.requests.deadline,
            t.requests.remaining,
            t.requests.identity,
            t.requests.extendedUntil,
          ]}
        >
          {requests.map((request) => (
            <tr key={request.requestId} data-request={request.requestId}>
              <SubjectCell subjectId={request.subjectId} />
              <td data-label={t.requests.right}>
                <Link to={requestPath(request)}>{t.right[request.right]}</Link>
              </td>
              <td data-label={t.requests.received}>
                <DateTime iso={request.receivedAt} dateOnly />
                {request.channel && <span className="detail">{t.channel[request.channel]}</span>}
              </td>
              <td data-label={t.requests.deadline}>
                <DateTime iso={request.deadline} dateOnly />
              </td>
              <td data-label={t.requests.remaining}>
                <RequestStatus request={request} />
              </td>
              <td data-label={t.requests.identity}>
                {request.identityVerifiedAt
                  ? fill(t.requests.verifiedOn, { date: date(request.identityVerifiedAt) })
                  : t.requests.notVerified}
              </td>
              <td data-label={t.requests.extendedUntil}>
                {request.extendedUntil ? (
                  <DateTime iso={request.extendedUntil} dateOnly />
                ) : (
                  t.requests.notExtended
                )}
              </td>
            </tr>
          ))}
        </QueueTable>
      )}
    </section>
  );
}
