import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OpenObjection } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { QueueTable, SubjectCell } from '../ui/queue-table';
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
        <QueueTable
          label={t.queue.title}
          columns={[
            t.queue.subject,
            t.queue.purposes,
            t.queue.received,
            t.queue.deadline,
            t.queue.remaining,
            can.decide && t.queue.action,
          ]}
        >
          {objections.map((objection) => (
            <tr key={`${objection.subjectId}/${objection.objectionId}`}>
              <SubjectCell subjectId={objection.subjectId} />
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
        </QueueTable>
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
