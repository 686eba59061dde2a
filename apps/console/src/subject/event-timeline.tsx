import type { ReactNode } from 'react';
import type { RecordedEvent } from '../api/wire';
import { type I18n, useI18n } from '../i18n/i18n';
import { DateTime } from '../ui/date-time';
import { PurposeList } from '../ui/purpose-list';

/** Who did what and when, in the order the ledger recorded it. */
export function EventTimeline({ events }: { events: readonly RecordedEvent[] }) {
  const i18n = useI18n();
  const { t, fill } = i18n;
  if (events.length === 0) return <p>{t.timeline.empty}</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.eventId} data-type={event.type}>
          <div className="timeline-head">
            <strong>{t.eventType[event.type]}</strong>
            <span className="detail">#{event.revision}</span>
            <span className="detail">
              {fill(t.timeline.by, { name: event.actor.name, role: roleName(i18n, event.actor.role) })}
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
            {detailsOf(event, i18n).map(([label, value]) => (
              <Fact key={label} label={label} value={value} />
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

const roleName = ({ t }: I18n, role: string) => (t.role as Record<string, string>)[role] ?? role;

type Detail = [label: string, value: ReactNode];

/** The data of an event worth reading, by type; personal free text as it is, or marked unreadable. */
function detailsOf(event: RecordedEvent, { t }: I18n): Detail[] {
  const personal = (label: string, text: string | null | undefined): Detail[] =>
    text === undefined ? [] : [[label, text ?? <em>{t.timeline.unreadable}</em>]];
  const list = (label: string, ids: readonly string[] | undefined): Detail[] =>
    ids && ids.length > 0 ? [[label, <PurposeList purposes={ids} />]] : [];
  switch (event.type) {
    case 'BasisEstablished':
      return [
        [t.fields.purpose, <code>{event.data.purpose}</code>],
        [t.fields.legalBasis, t.legalBasis[event.data.legalBasis]],
        [t.fields.validFrom, <DateTime iso={event.data.validFrom} />],
        ...(event.data.validUntil
          ? [[t.fields.validUntil, <DateTime iso={event.data.validUntil} />] as Detail]
          : []),
        ...personal(t.fields.evidence, event.data.evidence),
      ];
    case 'BasisWithdrawn':
      return [
        [t.fields.purpose, <code>{event.data.purpose}</code>],
        [t.fields.reason, t.withdrawal[event.data.reason]],
        ...personal(t.fields.note, event.data.note),
      ];
    case 'ObjectionFiled':
      return [
        ...list(t.fields.purposes, event.data.purposes),
        ...(event.data.channel ? [[t.fields.channel, t.channel[event.data.channel]] as Detail] : []),
        ...personal(t.fields.grounds, event.data.grounds),
      ];
    case 'ObjectionUpheld':
    case 'ObjectionOverridden':
      return personal(t.fields.motivation, event.data.motivation);
    case 'RestrictionApplied':
      return [
        [t.fields.ground, t.ground[event.data.ground]],
        ...list(t.fields.purposes, event.data.purposes),
        ...list(t.fields.dataCategories, event.data.dataCategories),
        ...personal(t.fields.note, event.data.note),
      ];
    case 'RestrictionLifted':
      return personal(t.fields.reason, event.data.reason);
    case 'ErasureCompleted':
      return [...list(t.fields.retain, event.data.retain), ...personal(t.fields.note, event.data.note)];
    default:
      // Each field as recorded, personal ones marked unreadable once erased.
      return Object.entries(event.data).map(([field, value]): Detail => [
        field,
        value === null ? (
          <em>{t.timeline.unreadable}</em>
        ) : Array.isArray(value) ? (
          value.join(', ')
        ) : (
          String(value)
        ),
      ]);
  }
}
