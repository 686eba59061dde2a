import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { covers as restrictionCovers } from '@ledger/domain/decision/scan';
import type { HistoryEvent, ObjectionChannel, RestrictionGround } from '@ledger/domain/events';

type Event<T extends HistoryEvent['type']> = Extract<HistoryEvent, { type: T }>;

export interface OpenObjectionFact {
  objectionId: string;
  purposes: string[];
  occurredAt: string;
  channel?: ObjectionChannel;
}

export interface RestrictionFact {
  restrictionId: string;
  ground: RestrictionGround;
  purposes?: string[];
  dataCategories?: string[];
  occurredAt: string;
}

/** What a subject's stream says stands today, for the DPO to act on (decisions themselves come from the API). */
export interface SubjectFacts {
  openObjections: OpenObjectionFact[];
  restrictions: RestrictionFact[];
  erasure: Event<'ErasureCompleted'> | undefined;
}

/**
 * Objections not yet upheld or overridden and restrictions not yet lifted, in stream order. As in the
 * objections queue, an erased subject has no open objection left: nothing more can be recorded for it.
 */
export function subjectFacts(events: readonly HistoryEvent[]): SubjectFacts {
  const objections = new Map<string, OpenObjectionFact>();
  const restrictions = new Map<string, RestrictionFact>();
  let erasure: Event<'ErasureCompleted'> | undefined;
  for (const event of events) {
    switch (event.type) {
      case 'ObjectionFiled': {
        const { objectionId, purposes, channel } = event.data;
        objections.set(objectionId, { objectionId, purposes, occurredAt: event.occurredAt, channel });
        break;
      }
      case 'ObjectionUpheld':
      case 'ObjectionOverridden':
        objections.delete(event.data.objectionId);
        break;
      case 'RestrictionApplied': {
        const { restrictionId, ground, purposes, dataCategories } = event.data;
        restrictions.set(restrictionId, {
          restrictionId,
          ground,
          purposes,
          dataCategories,
          occurredAt: event.occurredAt,
        });
        break;
      }
      case 'RestrictionLifted':
        restrictions.delete(event.data.restrictionId);
        break;
      case 'ErasureCompleted':
        erasure = event;
        objections.clear();
        break;
    }
  }
  return { openObjections: [...objections.values()], restrictions: [...restrictions.values()], erasure };
}

/** Which purposes a restriction of this scope stops, and which it covers but may continue (art. 18(2)). */
export function restrictionEffect(
  scope: { purposes?: string[]; dataCategories?: string[] },
  catalogue: readonly PurposeDefinition[],
): { stops: string[]; continues: string[] } {
  const covered = catalogue.filter((purpose) => restrictionCovers(scope, purpose));
  return {
    stops: covered.filter((purpose) => !purpose.allowedUnderRestriction).map((purpose) => purpose.id),
    continues: covered.filter((purpose) => purpose.allowedUnderRestriction).map((purpose) => purpose.id),
  };
}
