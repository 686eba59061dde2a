import { HistoryEvent } from '../events';
import { addDuration } from '../time';

/** Art. 14(3)(a): a person whose data came from elsewhere is informed within a month of obtaining it. */
export const NOTICE_PERIOD = 'P1M';

/**
 * Since when the subject is owed the privacy statement (arts. 13, 14), or `null` when not: a basis was
 * established (by `occurredAt`) more than a month ago and no notice was given. A consent's `noticeVersion` is a
 * notice given: the person was shown that statement. An erased subject is owed nothing more (nothing more is
 * recorded for it). `since` is when the notice fell due: a month after the first basis.
 */
export function noticeDue(history: readonly HistoryEvent[], now: string): string | null {
  let firstBasis: string | undefined;
  for (const event of history) {
    if (event.type === 'NoticeProvided' || event.type === 'ErasureCompleted') return null;
    if (event.type !== 'BasisEstablished') continue;
    if (event.data.noticeVersion !== undefined) return null;
    if (firstBasis === undefined || event.occurredAt < firstBasis) firstBasis = event.occurredAt;
  }
  if (firstBasis === undefined) return null;
  const since = addDuration(firstBasis, NOTICE_PERIOD);
  return since < now ? since : null;
}
