import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PendingNotification } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ProblemMessage } from '../ui/problem-message';
import { QueueTable, SubjectCell } from '../ui/queue-table';
import { NotifyRecipientDialog } from './notify-recipient-dialog';

/** Every art. 19 notification still owed, oldest first; the back office and the DPO record each one. */
export function NotificationsQueuePage() {
  const { t, fill, date } = useI18n();
  const { api, can } = useSession();
  const queue = useQuery({ queryKey: ['queue', 'notifications'], queryFn: () => api.pendingNotifications() });
  const [recording, setRecording] = useState<PendingNotification | null>(null);
  const notifications = queue.data?.notifications ?? [];

  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t.notifications.title}</h1>
      <p className="hint">{t.notifications.intro}</p>
      {queue.isPending && <p>{t.app.loading}</p>}
      <ProblemMessage error={queue.error} />
      {queue.isSuccess && notifications.length === 0 && <p>{t.notifications.empty}</p>}
      {notifications.length > 0 && (
        <QueueTable
          label={t.notifications.title}
          columns={[
            t.notifications.subject,
            t.notifications.about,
            t.notifications.recipient,
            can.record && t.notifications.action,
          ]}
        >
          {notifications.map((notification) => (
            <tr
              key={`${notification.about.eventId} ${notification.recipientId}`}
              data-recipient={notification.recipientId}
            >
              <SubjectCell subjectId={notification.subjectId} />
              <td data-label={t.notifications.about}>
                {fill(t.notifications.eventOn, {
                  type: t.eventType[notification.about.type],
                  date: date(notification.about.occurredAt),
                })}
              </td>
              <td data-label={t.notifications.recipient}>{notification.recipientName}</td>
              {can.record && (
                <td>
                  <button
                    type="button"
                    onClick={() => setRecording(notification)}
                    aria-label={`${t.notifications.record} ${notification.subjectId} ${notification.recipientName}`}
                  >
                    {t.notifications.record}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </QueueTable>
      )}
      {recording && <NotifyRecipientDialog notification={recording} onClose={() => setRecording(null)} />}
    </section>
  );
}
