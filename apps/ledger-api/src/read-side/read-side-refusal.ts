import { refuse } from '@ledger/domain';
import { RefusalException } from '../problems/refusal.exception';
import { ReadSide } from './read-side.service';

/** Nothing is answered from a read side that lost the store or is still catching up with it. */
export function assertReadSideServing(readSide: ReadSide): void {
  if (!readSide.healthy) {
    throw new RefusalException(refuse('STORE_UNAVAILABLE', 'the read side has lost the event store'));
  }
  if (!readSide.ready) {
    throw new RefusalException(refuse('NOT_CAUGHT_UP', 'the read side is still catching up with the store'));
  }
}
