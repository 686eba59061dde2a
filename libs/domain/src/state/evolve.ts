import { HistoryEvent } from '../events';
import { initialSubjectState, notificationKey, SubjectState } from './subject-state';

/**
 * The state after one more event of the stream. Pure: the maps an event changes are copied, never mutated.
 * An event that refers to an id the stream does not know (impossible through the commands) changes nothing
 * but the revision.
 */
export function evolve(state: SubjectState, event: HistoryEvent): SubjectState {
  const next = { ...state, revision: state.revision + 1 };
  switch (event.type) {
    case 'BasisEstablished': {
      const { basisId, purpose, legalBasis } = event.data;
      const basis = { purpose, legalBasis, withdrawn: false, occurredAt: event.occurredAt };
      return { ...next, bases: withEntry(state.bases, basisId, basis) };
    }
    case 'BasisWithdrawn':
      return { ...next, bases: patched(state.bases, event.data.basisId, { withdrawn: true }) };
    case 'ObjectionFiled': {
      const objection = {
        purposes: [...event.data.purposes],
        decided: false,
        withdrawn: false,
        occurredAt: event.occurredAt,
      };
      return { ...next, objections: withEntry(state.objections, event.data.objectionId, objection) };
    }
    case 'ObjectionUpheld':
    case 'ObjectionOverridden':
      return { ...next, objections: patched(state.objections, event.data.objectionId, { decided: true }) };
    case 'ObjectionWithdrawn':
      return { ...next, objections: patched(state.objections, event.data.objectionId, { withdrawn: true }) };
    case 'RestrictionApplied': {
      const { restrictionId, purposes, dataCategories } = event.data;
      const restriction = { purposes, dataCategories, lifted: false, occurredAt: event.occurredAt };
      const everything = !purposes?.length && !dataCategories?.length;
      return {
        ...next,
        restrictions: withEntry(state.restrictions, restrictionId, restriction),
        notifiable: withEntry(state.notifiable, event.eventId, {
          type: event.type,
          occurredAt: event.occurredAt,
          everything,
          purposes: purposes ?? [],
          dataCategories: dataCategories ?? [],
        }),
      };
    }
    case 'RestrictionLifted':
      return {
        ...next,
        restrictions: patched(state.restrictions, event.data.restrictionId, { lifted: true }),
      };
    case 'ErasureCompleted':
      return {
        ...next,
        retained: [...event.data.retain],
        erasures: state.erasures + 1,
        notifiable: withEntry(state.notifiable, event.eventId, {
          type: event.type,
          occurredAt: event.occurredAt,
          everything: true,
          purposes: [],
          dataCategories: [],
        }),
      };
    case 'NoticeProvided':
      return next;
    case 'RequestReceived': {
      const request = {
        right: event.data.right,
        receivedAt: event.occurredAt,
        identityVerified: false,
        extended: false,
        completed: false,
      };
      return { ...next, requests: withEntry(state.requests, event.data.requestId, request) };
    }
    case 'IdentityVerified':
      return { ...next, requests: patched(state.requests, event.data.requestId, { identityVerified: true }) };
    case 'RequestExtended':
      return { ...next, requests: patched(state.requests, event.data.requestId, { extended: true }) };
    case 'RequestCompleted':
      return { ...next, requests: patched(state.requests, event.data.requestId, { completed: true }) };
    case 'RectificationRecorded':
      return {
        ...next,
        notifiable: withEntry(state.notifiable, event.eventId, {
          type: event.type,
          occurredAt: event.occurredAt,
          everything: false,
          purposes: [],
          dataCategories: event.data.dataCategories,
        }),
      };
    case 'DataDisclosed': {
      const { recipientId, dataCategories } = event.data;
      const disclosure = { recipientId, dataCategories, occurredAt: event.occurredAt };
      return { ...next, disclosures: [...state.disclosures, disclosure] };
    }
    case 'RecipientNotified': {
      const notified = new Set(state.notified).add(notificationKey(event.data.about, event.data.recipientId));
      return { ...next, notified };
    }
    default:
      return assertNever(event);
  }
}

/** The state of a whole stream, events in revision order. */
export function foldSubject(events: readonly HistoryEvent[]): SubjectState {
  return events.reduce(evolve, initialSubjectState());
}

function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  return new Map(map).set(key, value);
}

function patched<V>(map: ReadonlyMap<string, V>, key: string, change: Partial<V>): ReadonlyMap<string, V> {
  const current = map.get(key);
  return current === undefined ? map : withEntry(map, key, { ...current, ...change });
}

function assertNever(event: never): never {
  throw new Error(`unknown event type ${(event as { type: string }).type}`);
}
