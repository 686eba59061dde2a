import { HistoryEvent, LegalBasis } from '../events';
import { Scan } from './scan';

type Established = Extract<HistoryEvent, { type: 'BasisEstablished' }>;

/** The bases a controller may fall back on when consent ends: exactly those EDPB 05/2020 rules out. */
const SWAP_TARGETS: readonly LegalBasis[] = ['legitimate-interests', 'public-task'];

/**
 * Step 3: the active bases that count. Once a consent for the purpose has ended (withdrawn or expired), no
 * legitimate-interests or public-task basis counts for it any more: a controller that chose consent may not
 * swap to another basis when consent ends (EDPB Guidelines 05/2020 on consent, §§ 121-123). A later consent
 * counts while it is active; contract, legal obligation and vital interests are not affected.
 */
export function standingBases(found: Scan): readonly Established[] {
  if (!found.consentEnded) return found.active;
  return found.active.filter((basis) => !SWAP_TARGETS.includes(basis.data.legalBasis));
}
