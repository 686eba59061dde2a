import { HistoryEvent, LedgerEventType, LegalBasis } from '../events';

/**
 * Which of two events a reason rests on. When several events could give the same reason, the decision names
 * the most recent (by `occurredAt`, an expiry by `validUntil`; ties go to the later event in the stream), and
 * relies on the basis highest in the contract's preference order.
 */
type Event<T extends LedgerEventType> = Extract<HistoryEvent, { type: T }>;
type Established = Event<'BasisEstablished'>;

/** Preference among several active bases (contract section 4): a lower rank is relied on first. */
const RANK: Readonly<Record<LegalBasis, number>> = {
  'legal-obligation': 0,
  contract: 1,
  'vital-interests': 2,
  'public-task': 3,
  consent: 4,
  'legitimate-interests': 5,
};

export function later<E extends HistoryEvent>(current: E | undefined, candidate: E): E {
  return current === undefined || candidate.occurredAt >= current.occurredAt ? candidate : current;
}

export function laterExpiry(current: Established | undefined, candidate: Established): Established {
  return current === undefined || (candidate.data.validUntil as string) >= (current.data.validUntil as string)
    ? candidate
    : current;
}

/** The basis to rely on of a non-empty list: the highest in preference; of equals, the later in the stream. */
export function preferredOf(bases: readonly Established[]): Established {
  let best = bases[0];
  for (let i = 1; i < bases.length; i++) {
    if (RANK[bases[i].data.legalBasis] <= RANK[best.data.legalBasis]) best = bases[i];
  }
  return best;
}
