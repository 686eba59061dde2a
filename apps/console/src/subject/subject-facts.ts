import type {
  ContactChannel,
  HistoryEvent,
  LegalBasis,
  ObjectionChannel,
  RestrictionGround,
} from '@ledger/domain/events';

type Event<T extends HistoryEvent['type']> = Extract<HistoryEvent, { type: T }>;

export interface ObjectionFact {
  objectionId: string;
  purposes: string[];
  occurredAt: string;
  channel?: ObjectionChannel;
  status: 'pending' | 'upheld' | 'overridden';
}

export interface RestrictionFact {
  restrictionId: string;
  ground: RestrictionGround;
  purposes?: string[];
  dataCategories?: string[];
  occurredAt: string;
}

export interface BasisFact {
  purpose: string;
  legalBasis: LegalBasis;
  validFrom: string;
  validUntil?: string;
  withdrawnAt?: string;
}

export interface NoticeFact {
  noticeVersion: string;
  channel: ContactChannel;
  occurredAt: string;
}

/** What a subject's stream says stands today, for the DPO to act on (decisions themselves come from the API). */
export interface SubjectFacts {
  /** Objections in force: filed and not withdrawn, decided or not. */
  objections: ObjectionFact[];
  /** Restrictions not lifted. */
  restrictions: RestrictionFact[];
  bases: BasisFact[];
  /** The privacy statements given (arts. 13, 14). */
  notices: NoticeFact[];
  /** The latest erasure: it alone says what is kept. */
  erasure: Event<'ErasureCompleted'> | undefined;
}

/** The facts in stream order. */
export function subjectFacts(events: readonly HistoryEvent[]): SubjectFacts {
  const objections = new Map<string, ObjectionFact>();
  const restrictions = new Map<string, RestrictionFact>();
  const bases = new Map<string, BasisFact>();
  const notices: NoticeFact[] = [];
  let erasure: Event<'ErasureCompleted'> | undefined;
  const decide = (objectionId: string, status: ObjectionFact['status']) => {
    const objection = objections.get(objectionId);
    if (objection) objection.status = status;
  };
  for (const event of events) {
    switch (event.type) {
      case 'BasisEstablished': {
        const { basisId, purpose, legalBasis, validFrom, validUntil } = event.data;
        bases.set(basisId, { purpose, legalBasis, validFrom, validUntil });
        break;
      }
      case 'BasisWithdrawn': {
        const basis = bases.get(event.data.basisId);
        if (basis) basis.withdrawnAt = event.occurredAt;
        break;
      }
      case 'ObjectionFiled': {
        const { objectionId, purposes, channel } = event.data;
        const occurredAt = event.occurredAt;
        objections.set(objectionId, { objectionId, purposes, occurredAt, channel, status: 'pending' });
        break;
      }
      case 'ObjectionUpheld':
        decide(event.data.objectionId, 'upheld');
        break;
      case 'ObjectionOverridden':
        decide(event.data.objectionId, 'overridden');
        break;
      case 'ObjectionWithdrawn':
        objections.delete(event.data.objectionId);
        break;
      case 'RestrictionApplied': {
        const { restrictionId, ground, purposes, dataCategories } = event.data;
        const occurredAt = event.occurredAt;
        restrictions.set(restrictionId, { restrictionId, ground, purposes, dataCategories, occurredAt });
        break;
      }
      case 'RestrictionLifted':
        restrictions.delete(event.data.restrictionId);
        break;
      case 'NoticeProvided':
        notices.push({ ...event.data, occurredAt: event.occurredAt });
        break;
      case 'ErasureCompleted':
        erasure = event;
        break;
    }
  }
  return {
    objections: [...objections.values()],
    restrictions: [...restrictions.values()],
    bases: [...bases.values()],
    notices,
    erasure,
  };
}

/** The purposes with a basis active at `now` (contract section 4, step 3): begun, not ended, not withdrawn. */
export function purposesWithActiveBasis(bases: readonly BasisFact[], now: string): Set<string> {
  const active = bases.filter(
    (basis) =>
      basis.validFrom <= now &&
      (basis.validUntil === undefined || now < basis.validUntil) &&
      (basis.withdrawnAt === undefined || now < basis.withdrawnAt),
  );
  return new Set(active.map((basis) => basis.purpose));
}
