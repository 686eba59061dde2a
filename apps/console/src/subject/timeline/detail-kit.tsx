import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Recipient } from '@ledger/domain/catalogue/purpose';
import type { LedgerEventType } from '@ledger/domain/events';
import type { RecordedEvent } from '../../api/wire';
import type { I18n } from '../../i18n/i18n';
import { requestPath } from '../../requests/request-path';
import { DateTime } from '../../ui/date-time';
import { PurposeList } from '../../ui/purpose-list';

/** One line of an event's details: its label and what it shows. */
export type Detail = [label: string, value: ReactNode];

export type EventOf<T extends LedgerEventType> = Extract<RecordedEvent, { type: T }>;

/** How each type of event shows its data: every type has one, or the compiler says which is missing. */
export type DetailRenderers = { [T in LedgerEventType]: (event: EventOf<T>, kit: DetailKit) => Detail[] };

export type DetailKit = ReturnType<typeof detailKit>;

/**
 * The ways a detail is shown, each giving no line when there is nothing to show. Ids that point at other
 * events of the stream (a request, the restriction a notification is about) are shown as those events.
 */
export function detailKit(
  { t, fill, date }: I18n,
  stream: readonly RecordedEvent[],
  recipients: readonly Recipient[],
) {
  const byId = new Map(stream.map((event) => [event.eventId, event]));
  const requests = new Map(
    stream.flatMap((event) =>
      event.type === 'RequestReceived' ? [[event.data.requestId, event] as const] : [],
    ),
  );
  const unknown = (id: string) => fill(t.timeline.unknownRef, { id });
  return {
    t,
    /** A personal free-text field: its text, or, once erased, that it is unreadable. */
    personal: (label: string, text: string | null | undefined): Detail[] =>
      text === undefined ? [] : [[label, text ?? <em>{t.timeline.unreadable}</em>]],
    word: (label: string, word: string | undefined): Detail[] => (word === undefined ? [] : [[label, word]]),
    id: (label: string, id: string | undefined): Detail[] =>
      id === undefined ? [] : [[label, <code>{id}</code>]],
    list: (label: string, ids: readonly string[] | undefined): Detail[] =>
      ids && ids.length > 0 ? [[label, <PurposeList purposes={ids} />]] : [],
    time: (label: string, iso: string | undefined): Detail[] =>
      iso === undefined ? [] : [[label, <DateTime iso={iso} />]],
    yesNo: (label: string, value: boolean | undefined): Detail[] =>
      value === undefined ? [] : [[label, value ? t.timeline.yes : t.timeline.no]],
    request: (requestId: string | undefined): Detail[] => {
      if (requestId === undefined) return [];
      const received = requests.get(requestId);
      if (!received) return [[t.fields.request, unknown(requestId)]];
      const text = fill(t.timeline.requestRef, {
        right: t.right[received.data.right],
        date: date(received.occurredAt),
      });
      return [
        [
          t.fields.request,
          <Link to={requestPath({ subjectId: received.subjectId, requestId })}>{text}</Link>,
        ],
      ];
    },
    event: (label: string, eventId: string): Detail[] => {
      const about = byId.get(eventId);
      const text = about
        ? fill(t.timeline.eventRef, { type: t.eventType[about.type], revision: about.revision })
        : unknown(eventId);
      return [[label, text]];
    },
    recipient: (recipientId: string): Detail[] => [
      [t.fields.recipient, recipients.find((recipient) => recipient.id === recipientId)?.name ?? recipientId],
    ],
  };
}
