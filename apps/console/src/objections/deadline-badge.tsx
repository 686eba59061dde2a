import { deadlineStatus, isUrgent } from '../format/deadline';
import { useNow } from '../format/use-now';
import { useI18n } from '../i18n/i18n';

/** Days left before the art. 12(3) deadline, or days overdue, as of the last minute. */
export function DeadlineBadge({ deadline }: { deadline: string }) {
  const { t, plural } = useI18n();
  const now = useNow();
  const status = deadlineStatus(deadline, now);
  const text =
    status.kind === 'overdue'
      ? plural(t.days.overdue, status.days)
      : status.kind === 'due-today'
        ? t.days.dueToday
        : plural(t.days.left, status.days);
  const tone = status.kind === 'overdue' ? 'refused' : isUrgent(status) ? 'warning' : 'neutral';
  return <span className={`badge ${tone}`}>{text}</span>;
}
