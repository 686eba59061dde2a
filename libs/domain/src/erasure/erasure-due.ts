import { HistoryEvent } from '../events';
import { addDuration } from '../time';

/**
 * Art. 5(1)(e): why a subject's data is due for erasure: `retention-ended` for an erased subject whose kept
 * purposes have no basis left (a narrowing erasure is due), `no-active-basis` for a subject not erased that has
 * had no basis for any purpose for longer than the grace period.
 */
export interface ErasureDue {
  since: string;
  why: 'retention-ended' | 'no-active-basis';
}

/** The Dutch authority's four weeks for applicants' data, as the default grace period. */
export const DEFAULT_ERASURE_GRACE = 'P28D';

/**
 * Whether the subject's data is due for erasure at `now`, in world time (`occurredAt`, `validUntil`). A basis
 * that has not begun yet still holds the data (a fiscal retention from the end of the financial year, say).
 * While a request is open nothing is due: the person may be waiting for that very data. `since` is when the
 * last basis ended, or, for a subject that never had one, its first event.
 */
export function erasureDue(history: readonly HistoryEvent[], now: string, grace: string): ErasureDue | null {
  if (history.length === 0 || hasOpenRequest(history)) return null;
  const erasure = latestErasure(history, now);
  if (erasure?.data.retain.length === 0) return null;
  const kept = erasure?.data.retain;
  const ends = basisEnds(history, (purpose) => kept === undefined || kept.includes(purpose));
  if (ends.some((end) => end === undefined || end > now)) return null;
  const lastEnd = ends.reduce<string | undefined>(
    (latest, end) => (latest === undefined || end! > latest ? end : latest),
    undefined,
  );
  if (erasure) return { since: lastEnd ?? erasure.occurredAt, why: 'retention-ended' };
  const since = lastEnd ?? history[0].occurredAt;
  return addDuration(since, grace) < now ? { since, why: 'no-active-basis' } : null;
}

/** When each basis of the purposes asked about ends (withdrawn or expired); `undefined`: it does not. */
function basisEnds(
  history: readonly HistoryEvent[],
  asked: (purpose: string) => boolean,
): (string | undefined)[] {
  const ends = new Map<string, string | undefined>();
  for (const event of history) {
    if (event.type === 'BasisEstablished' && asked(event.data.purpose)) {
      ends.set(event.data.basisId, event.data.validUntil);
    } else if (event.type === 'BasisWithdrawn' && ends.has(event.data.basisId)) {
      const until = ends.get(event.data.basisId);
      ends.set(
        event.data.basisId,
        until === undefined || event.occurredAt < until ? event.occurredAt : until,
      );
    }
  }
  return [...ends.values()];
}

function latestErasure(history: readonly HistoryEvent[], now: string) {
  let latest: Extract<HistoryEvent, { type: 'ErasureCompleted' }> | undefined;
  for (const event of history) {
    if (event.type !== 'ErasureCompleted' || event.occurredAt > now) continue;
    if (latest === undefined || event.occurredAt >= latest.occurredAt) latest = event;
  }
  return latest;
}

function hasOpenRequest(history: readonly HistoryEvent[]): boolean {
  const open = new Set<string>();
  for (const event of history) {
    if (event.type === 'RequestReceived') open.add(event.data.requestId);
    else if (event.type === 'RequestCompleted') open.delete(event.data.requestId);
  }
  return open.size > 0;
}
