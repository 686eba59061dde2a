import type { DataSubjectRequest } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { DeadlineBadge } from '../objections/deadline-badge';
import { deadlineOf } from './request-steps';

/**
 * An open request's days left or overdue against the deadline that counts (`dated`: with its date); an
 * answered one's outcome.
 */
export function RequestStatus({ request, dated = false }: { request: DataSubjectRequest; dated?: boolean }) {
  const { t, fill, date } = useI18n();
  if (request.completedAt === null) return <DeadlineBadge deadline={deadlineOf(request)} dated={dated} />;
  const outcome = request.outcome ? t.requestOutcome[request.outcome] : '';
  return (
    <span className="badge neutral">
      {fill(t.requests.answered, { date: date(request.completedAt), outcome })}
    </span>
  );
}
