import type { OpenObjection } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { useSubjectEvents } from '../subject/use-subject-queries';
import { DateTime } from '../ui/date-time';
import { PurposeList } from '../ui/purpose-list';
import { DeadlineBadge } from './deadline-badge';

/** What the DPO decides on: an undecided objection, as the queue lists it. */
export type ObjectionToDecide = Omit<OpenObjection, 'recordedAt'>;

/**
 * The objection's purposes, when and how it came in, the grounds the person gave, and by when art. 12(3) wants
 * the answer. The queue keeps no personal text, so the grounds come from the subject's own events.
 */
export function ObjectionSummary({ objection }: { objection: ObjectionToDecide }) {
  const { t } = useI18n();
  const events = useSubjectEvents(objection.subjectId);
  const filed = events.data?.events.find(
    (event) => event.type === 'ObjectionFiled' && event.data.objectionId === objection.objectionId,
  );
  const grounds = filed?.type === 'ObjectionFiled' ? filed.data.grounds : undefined;
  return (
    <dl className="facts">
      <dt>{t.fields.purposes}</dt>
      <dd>
        <PurposeList purposes={objection.purposes} />
      </dd>
      <dt>{t.fields.received}</dt>
      <dd>
        <DateTime iso={objection.occurredAt} dateOnly />
        {objection.channel && ` · ${t.channel[objection.channel]}`}
      </dd>
      <dt>{t.fields.grounds}</dt>
      <dd className="grounds">
        {events.isPending
          ? t.app.loading
          : grounds === undefined
            ? t.objections.noGrounds
            : (grounds ?? <em>{t.timeline.unreadable}</em>)}
      </dd>
      <dt>{t.fields.deadline}</dt>
      <dd>
        <DateTime iso={objection.deadline} dateOnly /> <DeadlineBadge deadline={objection.deadline} />
      </dd>
    </dl>
  );
}
