import { InMemoryEventStore } from '@ledger/event-store';
import { appendChain } from '@ledger/event-store/testing/test-events';
import { ReadSide } from '../../read-side/read-side.service';
import { READ_YOUR_WRITE_TIMEOUT_MS, ReadYourWrite } from './read-your-write';

describe('ReadYourWrite', () => {
  let store: InMemoryEventStore;
  let readSide: ReadSide;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    readSide = new ReadSide(store);
  });
  afterEach(async () => {
    jest.useRealTimers();
    await readSide.onModuleDestroy();
    await store.close();
  });

  it('applied_ResolvesOnceTheReadSideHasAppliedThePosition', async () => {
    await readSide.onModuleInit();
    const [event] = await appendChain(store, 'debtor-1', 1);
    expect(await new ReadYourWrite(readSide).applied(event.position)).toBe(true);
    expect((await readSide.historiesOf(['debtor-1'])).revision('debtor-1')).toBe(0);
  });

  it('applied_WhenTheReadSideDoesNotGetThereInTime_ResolvesFalse', async () => {
    jest.useFakeTimers();
    // Not started: it applies nothing.
    const applied = new ReadYourWrite(readSide).applied('1');
    jest.advanceTimersByTime(READ_YOUR_WRITE_TIMEOUT_MS);
    expect(await applied).toBe(false);
  });
});
