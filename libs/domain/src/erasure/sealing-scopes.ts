import { ErasureCompleted, LedgerEventBody } from '../events';
import { SubjectState } from '../state/subject-state';

/**
 * Which data key seals an event's personal free text, so that an erasure can make unreadable exactly what it
 * must (contract section 3). A basis's evidence, and the note of its withdrawal, are sealed per purpose: after
 * an erasure that keeps the purpose (art. 17(3)) they still show why the data is kept, until a narrowing
 * erasure ends that retention. All other free text is sealed per period between erasures, and every erasure
 * ends its period: requests, objections and notes recorded after an erasure stay readable only until the next.
 */
export type SealingScope = { purpose: string } | { period: number };

/** The scope of an event about to be appended to a stream in `state`. */
export function sealingScope(event: LedgerEventBody, state: SubjectState): SealingScope {
  switch (event.type) {
    case 'BasisEstablished':
    case 'BasisWithdrawn':
      return { purpose: event.data.purpose };
    default:
      return { period: state.erasures };
  }
}

/**
 * The scopes whose keys an erasure destroys, in the same transaction as its append: the current period (its
 * own note included), and every purpose the subject has a basis for that the erasure does not keep.
 */
export function scopesEndedBy(erasure: ErasureCompleted['data'], state: SubjectState): SealingScope[] {
  const purposes = new Set([...state.bases.values()].map((basis) => basis.purpose));
  return [
    { period: state.erasures },
    ...[...purposes].filter((purpose) => !erasure.retain.includes(purpose)).map((purpose) => ({ purpose })),
  ];
}
