import { Freshness } from './freshness';
import { HEARTBEAT_INTERVAL_MS, StoreContact } from './store-contact';

/** Only the store's head, as the heartbeat reads it: a head to report, or a failure to throw. */
class FakeHead {
  head: string | null = null;
  failure: unknown = null;
  reads = 0;

  headPosition(): Promise<string | null> {
    this.reads++;
    return this.failure === null ? Promise.resolve(this.head) : Promise.reject(this.failure);
  }
}

describe("StoreContact: the read side's contact with the store", () => {
  let now: number;
  let store: FakeHead;
  let applied: bigint;
  let logger: { log: jest.Mock; error: jest.Mock };
  let metrics: { storeFailed: jest.Mock };
  let contact: StoreContact;

  beforeEach(() => {
    now = 1_000;
    store = new FakeHead();
    applied = 0n;
    logger = { log: jest.fn(), error: jest.fn() };
    metrics = { storeFailed: jest.fn() };
    contact = new StoreContact(store, () => applied, logger, metrics, new Freshness(3000, () => now));
  });

  afterEach(() => {
    contact.stopHeartbeat();
    jest.useRealTimers();
  });

  it('is not ready before the head is read at start, and ready once what the store held then is applied', async () => {
    expect(contact.readyAt(0n)).toBe(false);
    store.head = '4';
    expect(await contact.readHead()).toBe(4n);
    expect([contact.readyAt(3n), contact.readyAt(4n)]).toEqual([false, true]);
  });

  it('takes an empty log at start as position 0, so an empty store is ready at once', async () => {
    expect(await contact.readHead()).toBe(0n);
    expect(contact.readyAt(0n)).toBe(true);
  });

  it('fails closed on an error: not healthy nor ready, every failure counted, the loss logged once', async () => {
    await contact.readHead();
    contact.failed(new Error('connection reset'));
    contact.failed(new Error('connection reset again'));
    expect([contact.healthy, contact.readyAt(0n)]).toEqual([false, false]);
    expect(metrics.storeFailed.mock.calls).toEqual([['read-side'], ['read-side']]);
    expect(logger.error.mock.calls).toEqual([['the read side lost the store: connection reset']]);
  });

  it('comes back with the heartbeat, but answers only once what was appended while away is applied', async () => {
    store.head = '5';
    await contact.readHead();
    applied = 5n;
    contact.failed(new Error('connection reset'));
    store.head = '8';
    await contact.probe();
    expect(contact.healthy).toBe(true);
    expect(logger.log).toHaveBeenCalledWith('the read side reaches the store again');
    expect(contact.readyAt(5n)).toBe(false);
    contact.applied(8n);
    expect(contact.readyAt(8n)).toBe(true);
  });

  it('fails closed when the heartbeat cannot read the head, whatever was thrown', async () => {
    await contact.readHead();
    store.failure = 'socket hang up';
    await contact.probe();
    expect(contact.healthy).toBe(false);
    expect(logger.error).toHaveBeenCalledWith('the read side lost the store: socket hang up');
  });

  it('loses touch when the store goes silent for longer than the bound, though it reports no error', async () => {
    await contact.readHead();
    now += 3001;
    expect([contact.healthy, contact.readyAt(0n)]).toEqual([false, false]);
    await contact.probe();
    expect(contact.healthy).toBe(true);
  });

  it('stops being ready when a head the heartbeat saw stays unapplied for longer than the bound', async () => {
    await contact.readHead();
    store.head = '3';
    await contact.probe();
    now += 3001;
    await contact.probe();
    expect([contact.healthy, contact.readyAt(0n)]).toEqual([true, false]);
  });

  it('reads the head every heartbeat, never twice at once, and no more once stopped', async () => {
    jest.useFakeTimers();
    let answer: (head: string | null) => void = () => undefined;
    store.headPosition = () => {
      store.reads++;
      return new Promise((resolve) => (answer = resolve));
    };
    contact.startHeartbeat();
    jest.advanceTimersByTime(HEARTBEAT_INTERVAL_MS * 3);
    expect(store.reads).toBe(1);
    answer('0');
    await jest.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(store.reads).toBe(2);
    contact.stopHeartbeat();
    answer('0');
    await jest.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS * 3);
    expect(store.reads).toBe(2);
  });
});
