import { HistoryEvent } from '../events';
import { initialSubjectState, SubjectState } from './subject-state';

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
      return { ...next, bases: withEntry(state.bases, basisId, { purpose, legalBasis, withdrawn: false }) };
    }
    case 'BasisWithdrawn':
      return { ...next, bases: patched(state.bases, event.data.basisId, { withdrawn: true }) };
    case 'ObjectionFiled': {
      const objection = { purposes: [...event.data.purposes], decided: false, withdrawn: false };
      return { ...next, objections: withEntry(state.objections, event.data.objectionId, objection) };
    }
    case 'ObjectionUpheld':
    case 'ObjectionOverridden':
      return { ...next, objections: patched(state.objections, event.data.objectionId, { decided: true }) };
    case 'ObjectionWithdrawn':
      return { ...next, objections: patched(state.objections, event.data.objectionId, { withdrawn: true }) };
    case 'RestrictionApplied': {
      const { restrictionId, purposes, dataCategories } = event.data;
      const restriction = { purposes, dataCategories, lifted: false };
      return { ...next, restrictions: withEntry(state.restrictions, restrictionId, restriction) };
    }
    case 'RestrictionLifted':
      return {
        ...next,
        restrictions: patched(state.restrictions, event.data.restrictionId, { lifted: true }),
      };
    case 'ErasureCompleted':
      return { ...next, retained: [...event.data.retain], erasures: state.erasures + 1 };
    case 'NoticeProvided':
      return next;
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
