import { LedgerEventBody } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { SubjectEvents } from '@ledger/runtime';
import { inMemoryLedger, InMemoryLedger, OPERATOR } from '../testing/in-memory-ledger';
import { SubjectEventsHandler } from './subject-events.handler';
import { SubjectEventsQuery } from './subject-events.query';

describe('SubjectEventsHandler', () => {
  let ledger: InMemoryLedger;
  let handler: SubjectEventsHandler;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    handler = new SubjectEventsHandler(new SubjectEvents(ledger.store, ledger.codec));
  });
  afterEach(() => ledger.close());

  const eventsOf = (subjectId: string) => handler.execute(new SubjectEventsQuery({ subjectId }));

  /** A restriction with a note, recorded as the command path records it: the note sealed. */
  async function recordedRestriction(subjectId: string, note: string): Promise<StoredEvent> {
    const body: LedgerEventBody = {
      type: 'RestrictionApplied',
      data: { restrictionId: 'r-1', ground: 'accuracy-contested', note },
    };
    const data = await ledger.codec.seal(subjectId, body, { period: 0 });
    if (!data) throw new Error('no live key');
    const event = testEvent(subjectId, null, { type: body.type, data, actor: OPERATOR });
    return { ...event, ...(await ledger.store.append(event, { expectedRevision: -1 })) };
  }

  it('execute_ForASubjectNeverRecorded_AnswersNoRevisionAndNoEvents', async () => {
    expect(await eventsOf('debtor-1')).toEqual({ subjectId: 'debtor-1', revision: null, events: [] });
  });

  it('execute_AnswersTheStoredEvents_WithTheirPersonalFieldsReadable', async () => {
    const stored = await recordedRestriction('debtor-1', 'Jan Jansen disputes the amount');
    const answer = await eventsOf('debtor-1');
    expect(answer).toMatchObject({ subjectId: 'debtor-1', revision: 0 });
    expect(answer.events).toEqual([
      expect.objectContaining({
        eventId: stored.eventId,
        subjectId: 'debtor-1',
        type: 'RestrictionApplied',
        actor: OPERATOR,
        data: expect.objectContaining({ note: 'Jan Jansen disputes the amount' }),
        hash: stored.hash,
      }),
    ]);
  });
});
