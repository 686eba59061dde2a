import { deadlineStatus, isUrgent } from '../format/deadline';
import { useNow } from '../format/use-now';
import { useI18n } from '../i18n/i18n';

interface DeadlineBadgeProps {
  deadline: string;
  /** With the deadline's date before it, where no column or field beside it gives the date. */
  dated?: boolean;
}

/** Days left before the art. 12(3) deadline, or days overdue, as of the last minute. */
export function DeadlineBadge({ deadline, dated = false }: DeadlineBadgeProps) {
  const { t, plural, fill, date } = useI18n();
  const now = useNow();
  const status = deadlineStatus(deadline, now);
  const text =
    status.kind === 'overdue'
      ? plural(t.days.overdue, status.days)
      : status.kind === 'due-today'
        ? t.days.dueToday
        : plural(t.days.left, status.days);
  const tone = status.kind === 'overdue' ? 'refused' : isUrgent(status) ? 'warning' : 'neutral';
  const badge = <span className={`badge ${tone}`}>{text}</span>;
  if (!dated) return badge;
  return (
    <span className="deadline">
      <time dateTime={deadline} title={deadline}>
        {fill(t.days.by, { date: date(deadline) })}
      </time>{' '}
      {badge}
    </span>
  );
}
