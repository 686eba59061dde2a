import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { OpenObjection } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { TableScroll } from '../ui/table-scroll';
import { useSession } from '../session/session';
import { DateTime } from '../ui/date-time';
import { PurposeList } from '../ui/purpose-list';
import { ProblemMessage } from '../ui/problem-message';
import { DeadlineBadge } from './deadline-badge';
import { DecideObjectionDialog } from './decide-objection-dialog';

/**
 * The undecided objections across all subjects, oldest first, with their statutory deadlines: the first page,
 * and the next ones as the reader asks for them (the queue can hold many thousands).
 */
export function ObjectionsQueuePage() {
  const { t } = useI18n();
  const { api, can } = useSession();
  const queue = useInfiniteQuery({
    queryKey: ['queue', 'objections'],
    queryFn: ({ pageParam }) => api.pendingObjections(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next,
  });
  const [deciding, setDeciding] = useState<OpenObjection | null>(null);
  const objections = queue.data?.pages.flatMap((page) => page.objections) ?? [];

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t.queue.title}</h1>
      <p className="hint">{t.queue.intro}</p>
      {queue.isPending && <p>{t.app.loading}</p>}
      <ProblemMessage error={queue.error} />
      {queue.isSuccess && objections.length === 0 && <p>{t.queue.empty}</p>}
      {objections.length > 0 && (
        <TableScroll label={t.queue.title}>
          <table className="queue stacked">
            <caption className="visually-hidden">{t.queue.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.queue.subject}</th>
                <th scope="col">{t.queue.purposes}</th>
                <th scope="col">{t.queue.received}</th>
                <th scope="col">{t.queue.deadline}</th>
                <th scope="col">{t.queue.remaining}</th>
                {can.decide && <th scope="col">{t.queue.action}</th>}
              </tr>
            </thead>
            <tbody>
              {objections.map((objection) => (
                <tr key={`${objection.subjectId}/${objection.objectionId}`}>
                  <th scope="row">
                    <Link to={`/subjects/${encodeURIComponent(objection.subjectId)}`}>
                      {objection.subjectId}
                    </Link>
                  </th>
                  <td data-label={t.queue.purposes}>
                    <PurposeList purposes={objection.purposes} />
                  </td>
                  <td data-label={t.queue.received}>
                    <DateTime iso={objection.occurredAt} dateOnly />
                    {objection.channel && <span className="detail">{t.channel[objection.channel]}</span>}
                  </td>
                  <td data-label={t.queue.deadline}>
                    <DateTime iso={objection.deadline} dateOnly />
                  </td>
                  <td data-label={t.queue.remaining}>
                    <DeadlineBadge deadline={objection.deadline} />
                  </td>
                  {can.decide && (
                    <td>
                      <button
                        type="button"
                        onClick={() => setDeciding(objection)}
                        aria-label={`${t.objections.decide} ${objection.subjectId}`}
                      >
                        {t.objections.decide}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {queue.hasNextPage && (
        <button type="button" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
          {t.queue.more}
        </button>
      )}
      {deciding && <DecideObjectionDialog objection={deciding} onClose={() => setDeciding(null)} />}
    </section>
  );
}
