import { SubjectEvents } from '@ledger/runtime';
import { appendChain, testEvent } from '@ledger/event-store/testing/test-events';
import { inMemoryLedger, InMemoryLedger } from '../testing/in-memory-ledger';
import { SubjectVerificationHandler } from './subject-verification.handler';
import { SubjectVerificationQuery } from './subject-verification.query';

describe('SubjectVerificationHandler', () => {
  let ledger: InMemoryLedger;
  let handler: SubjectVerificationHandler;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    handler = new SubjectVerificationHandler(new SubjectEvents(ledger.store, ledger.codec));
  });
  afterEach(() => ledger.close());

  const verify = (subjectId: string) => handler.execute(new SubjectVerificationQuery({ subjectId }));

  it('execute_RecomputesTheChainFromTheStore', async () => {
    const stream = await appendChain(ledger.store, 'debtor-1', 3);
    expect(await verify('debtor-1')).toEqual({
      subjectId: 'debtor-1',
      valid: true,
      eventCount: 3,
      headHash: stream[2].hash,
    });
    expect(await verify('debtor-2')).toEqual({
      subjectId: 'debtor-2',
      valid: true,
      eventCount: 0,
      headHash: null,
    });
  });

  it('execute_WhenAnEventWasChangedAfterItWasHashed_IsNotValid', async () => {
    const event = testEvent('debtor-1', null);
    await ledger.store.append(
      { ...event, data: { ...event.data, legalBasis: 'consent' } },
      { expectedRevision: -1 },
    );
    expect(await verify('debtor-1')).toMatchObject({ valid: false, eventCount: 1 });
  });
});
