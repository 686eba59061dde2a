import type { OpenObjection } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { DateTime } from '../ui/date-time';
import { PurposeList } from '../ui/purpose-list';
import { DeadlineBadge } from './deadline-badge';

/** What the DPO decides on: an undecided objection, as the queue lists it. */
export type ObjectionToDecide = Omit<OpenObjection, 'recordedAt'>;

/** The objection's purposes, when and how it came in, and by when art. 12(3) wants the answer. */
export function ObjectionSummary({ objection }: { objection: ObjectionToDecide }) {
  const { t } = useI18n();
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
      <dt>{t.fields.deadline}</dt>
      <dd>
        <DateTime iso={objection.deadline} dateOnly /> <DeadlineBadge deadline={objection.deadline} />
      </dd>
    </dl>
  );
}
