import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent, LedgerEventType, LegalBasis } from '../events';

type Event<T extends LedgerEventType> = Extract<HistoryEvent, { type: T }>;

/** Preference among several active bases (contract section 4): a lower rank is relied on first. */
const RANK: Readonly<Record<LegalBasis, number>> = {
  'legal-obligation': 0,
  contract: 1,
  'vital-interests': 2,
  'public-task': 3,
  consent: 4,
  'legitimate-interests': 5,
};
const NONE = 6;
const EMPTY: readonly string[] = [];

/** The events that end or decide an earlier one, and the id they name it by. */
const FOLLOW_UP_KEY: Partial<Record<LedgerEventType, string>> = {
  BasisWithdrawn: 'basisId',
  RestrictionLifted: 'restrictionId',
  ObjectionUpheld: 'objectionId',
  ObjectionOverridden: 'objectionId',
};

/**
 * What one pass over a subject's history finds about one purpose at one moment. When several events could
 * give the same reason, it rests on the most recent (by `occurredAt`, expiry by `validUntil`; ties go to the
 * later event in the stream), except an erasure, of which a stream has at most one.
 */
export class Scan {
  erasure: Event<'ErasureCompleted'> | undefined = undefined;
  restriction: Event<'RestrictionApplied'> | undefined = undefined;
  exemption: Event<'RestrictionApplied'> | undefined = undefined;
  withdrawal: Event<'BasisWithdrawn'> | undefined = undefined;
  expiry: Event<'BasisEstablished'> | undefined = undefined;
  /** The preferred active basis that a balancing objection cannot block (legal-obligation, contract, ...). */
  firmBasis: Event<'BasisEstablished'> | undefined = undefined;
  /** The preferred active `public-task` or `legitimate-interests` basis: what a balancing objection blocks. */
  objectableBasis: Event<'BasisEstablished'> | undefined = undefined;
  absoluteObjection: Event<'ObjectionFiled'> | undefined = undefined;
  pendingObjection: Event<'ObjectionFiled'> | undefined = undefined;
  upholding: Event<'ObjectionUpheld'> | undefined = undefined;
  overriding: Event<'ObjectionOverridden'> | undefined = undefined;
}

/**
 * One pass over `history` (in stream order, as every store returns it) for `purpose` at `at`. Only events
 * recorded at or before `asOf` exist. Erasures, restrictions, liftings, withdrawals, objections and their
 * decisions count once they occurred (`occurredAt <= at`); a basis counts by its validity period alone, so
 * one recorded late with an earlier `validFrom` supports the purpose from `validFrom` on.
 * A basis whose legal basis the catalogue in force no longer allows for the purpose supports nothing.
 */
export function scan(
  into: Scan,
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
  at: string,
  asOf: string | undefined,
  categories: readonly string[] | undefined,
): Scan {
  for (let i = 0; i < history.length; i++) {
    const event = history[i];
    if (asOf !== undefined && event.recordedAt > asOf) continue;
    if (event.type === 'BasisEstablished') {
      if (event.data.purpose === purpose.id) basis(into, history, i, event, purpose, at, asOf);
    } else if (event.occurredAt > at) {
      continue;
    } else if (event.type === 'ObjectionFiled') {
      if (purpose.objection !== 'none' && event.data.purposes.includes(purpose.id)) {
        objection(into, history, i, event, purpose, at, asOf);
      }
    } else if (event.type === 'RestrictionApplied') {
      if (
        covers(event.data, purpose, categories) &&
        !followUp(history, i, 'restrictionId', event.data.restrictionId, at, asOf)
      ) {
        if (purpose.allowedUnderRestriction) into.exemption = later(into.exemption, event);
        else into.restriction = later(into.restriction, event);
      }
    } else if (event.type === 'ErasureCompleted' && !event.data.retain.includes(purpose.id)) {
      into.erasure = event;
    }
  }
  return into;
}

function basis(
  into: Scan,
  history: readonly HistoryEvent[],
  i: number,
  event: Event<'BasisEstablished'>,
  purpose: PurposeDefinition,
  at: string,
  asOf: string | undefined,
): void {
  const { basisId, legalBasis, validFrom, validUntil } = event.data;
  if (!purpose.legalBases.includes(legalBasis)) return;
  const withdrawal = followUp(history, i, 'basisId', basisId, at, asOf) as
    Event<'BasisWithdrawn'> | undefined;
  if (withdrawal !== undefined) into.withdrawal = later(into.withdrawal, withdrawal);
  else if (validUntil !== undefined && validUntil <= at) into.expiry = laterExpiry(into.expiry, event);
  else if (validFrom > at) return;
  else if (legalBasis === 'public-task' || legalBasis === 'legitimate-interests') {
    into.objectableBasis = preferred(into.objectableBasis, event);
  } else into.firmBasis = preferred(into.firmBasis, event);
}

function objection(
  into: Scan,
  history: readonly HistoryEvent[],
  i: number,
  event: Event<'ObjectionFiled'>,
  purpose: PurposeDefinition,
  at: string,
  asOf: string | undefined,
): void {
  if (purpose.objection === 'absolute') {
    into.absoluteObjection = later(into.absoluteObjection, event);
    return;
  }
  const decision = followUp(history, i, 'objectionId', event.data.objectionId, at, asOf);
  if (decision === undefined) into.pendingObjection = later(into.pendingObjection, event);
  else if (decision.type === 'ObjectionUpheld') into.upholding = later(into.upholding, decision);
  else into.overriding = later(into.overriding, decision as Event<'ObjectionOverridden'>);
}

/**
 * Whether a restriction covers the purpose: it names neither purposes nor categories (everything; an empty
 * list counts as none named), names the purpose, or names a category the purpose uses and, when the check
 * lists `categories`, one of those.
 */
function covers(
  data: Event<'RestrictionApplied'>['data'],
  purpose: PurposeDefinition,
  asked?: readonly string[],
) {
  const purposes = data.purposes ?? EMPTY;
  const categories = data.dataCategories ?? EMPTY;
  if (purposes.length === 0 && categories.length === 0) return true;
  if (purposes.includes(purpose.id)) return true;
  for (const category of categories) {
    if (purpose.dataCategories.includes(category) && (asked === undefined || asked.includes(category)))
      return true;
  }
  return false;
}

/** The withdrawal, lifting or decision of the event at `from` (always later in the stream) that counts at `at`. */
function followUp(
  history: readonly HistoryEvent[],
  from: number,
  key: string,
  id: string,
  at: string,
  asOf: string | undefined,
): HistoryEvent | undefined {
  for (let j = from + 1; j < history.length; j++) {
    const event = history[j];
    if (FOLLOW_UP_KEY[event.type] !== key || (event.data as Record<string, unknown>)[key] !== id) continue;
    return event.occurredAt <= at && (asOf === undefined || event.recordedAt <= asOf) ? event : undefined;
  }
  return undefined;
}

function later<E extends HistoryEvent>(current: E | undefined, candidate: E): E {
  return current === undefined || candidate.occurredAt >= current.occurredAt ? candidate : current;
}

function laterExpiry(current: Event<'BasisEstablished'> | undefined, candidate: Event<'BasisEstablished'>) {
  return current === undefined || (candidate.data.validUntil as string) >= (current.data.validUntil as string)
    ? candidate
    : current;
}

/** The basis to rely on of two: the higher in preference; of equals, the candidate (the later in the stream). */
export function preferred(
  current: Event<'BasisEstablished'> | undefined,
  candidate: Event<'BasisEstablished'> | undefined,
): Event<'BasisEstablished'> | undefined {
  if (candidate === undefined) return current;
  return RANK[candidate.data.legalBasis] <= (current ? RANK[current.data.legalBasis] : NONE)
    ? candidate
    : current;
}
