import { Fragment } from 'react';
import type { Recipient } from '@ledger/domain/catalogue/purpose';
import type { RecordedEvent } from '../../api/wire';
import { useI18n } from '../../i18n/i18n';
import { DateTime } from '../../ui/date-time';
import { detailKit } from './detail-kit';
import { detailsOf } from './event-details';

interface EventTimelineProps {
  events: readonly RecordedEvent[];
  /** The whole stream the events are part of, where ids they mention are looked up; default: `events`. */
  stream?: readonly RecordedEvent[];
  /** The catalogue's recipients, to name those the events mention. */
  recipients: readonly Recipient[];
}

/** Who did what and when, in the order the ledger recorded it. */
export function EventTimeline({ events, stream = events, recipients }: EventTimelineProps) {
  const i18n = useI18n();
  const { t, fill } = i18n;
  if (events.length === 0) return <p>{t.timeline.empty}</p>;
  const kit = detailKit(i18n, stream, recipients);
  const roleName = (role: string) => (t.role as Record<string, string>)[role] ?? role;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.eventId} data-type={event.type}>
          <div className="timeline-head">
            <strong>{t.eventType[event.type]}</strong>
            <span className="detail">#{event.revision}</span>
            <span className="detail">
              {fill(t.timeline.by, { name: event.actor.name, role: roleName(event.actor.role) })}
            </span>
          </div>
          <dl className="facts">
            <dt>{t.timeline.occurred}</dt>
            <dd>
              <DateTime iso={event.occurredAt} />
            </dd>
            {event.recordedAt !== event.occurredAt && (
              <>
                <dt>{t.timeline.recorded}</dt>
                <dd>
                  <DateTime iso={event.recordedAt} />
                </dd>
              </>
            )}
            {detailsOf(event, kit).map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
