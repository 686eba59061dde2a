import { isRefusal } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { InMemoryLedger, OPERATOR } from '../../testing/in-memory-ledger';

/** A restriction with a note, recorded as the command path records it: the note sealed under the subject's key. */
export async function recordedRestriction(
  ledger: InMemoryLedger,
  subjectId: string,
  note: string,
): Promise<StoredEvent> {
  const body = {
    type: 'RestrictionApplied',
    data: { restrictionId: 'r-1', ground: 'accuracy-contested', note },
  } as const;
  const data = await ledger.codec.seal(subjectId, body);
  if (isRefusal(data)) throw new Error(`refused: ${data.code}`);
  const event = testEvent(subjectId, null, { type: body.type, data, actor: OPERATOR });
  return { ...event, ...(await ledger.store.append(event, { expectedRevision: -1 })) };
}
