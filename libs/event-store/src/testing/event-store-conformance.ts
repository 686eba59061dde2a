import { EventStore } from '../event-store.port';
import { appendingConformance } from './conformance/appending';
import { checkpointsConformance } from './conformance/checkpoints';
import { concurrencyConformance } from './conformance/concurrency';
import { dataKeysConformance } from './conformance/data-keys';
import { idempotencyConformance } from './conformance/idempotency';
import { readingConformance } from './conformance/reading';
import { readingAtOnceConformance } from './conformance/reading-at-once';
import { streamIdsConformance } from './conformance/stream-ids';
import { subscriptionConformance } from './conformance/subscription';

export interface StoreUnderTest {
  /** An initialised store over an empty log. */
  store: EventStore;
  /**
   * Closes the store and opens what it stored again, as a restarted process would: resolves to the store to
   * use from then on (the one `cleanup` closes).
   */
  reopen: () => Promise<EventStore>;
  /** Closes the store and removes what the factory created. */
  cleanup: () => Promise<void>;
}

/**
 * A store under test that `open` opens (initialised), and opens again to reopen it; `remove` deletes what it
 * stored, once closed.
 */
export async function reopenableStore<S extends EventStore>(
  open: () => Promise<S>,
  remove: () => Promise<unknown> = async () => undefined,
): Promise<{ store: S; reopen: () => Promise<S>; cleanup: () => Promise<void> }> {
  const underTest = {
    store: await open(),
    reopen: async () => {
      await underTest.store.close();
      return (underTest.store = await open());
    },
    cleanup: async () => {
      await underTest.store.close();
      await remove();
    },
  };
  return underTest;
}

export interface ConformanceOptions {
  /** Why the adapter cannot be tested here (no server reachable): the suite is reported as skipped. */
  skipReason?: string;
  /** The store reads without leaving the process (SQLite, in memory), so it must have `readStreamAtOnce`. */
  readsInProcess?: boolean;
}

/**
 * The store conformance suite: the one suite every adapter must pass, run by each adapter's spec with its own
 * factory. Each test gets a fresh, empty store.
 */
export function describeEventStoreConformance(
  name: string,
  factory: () => Promise<StoreUnderTest>,
  options: ConformanceOptions = {},
): void {
  if (options.skipReason) {
    console.warn(`Skipping the ${name} event store conformance suite: ${options.skipReason}`);
  }
  const describeOrSkip = options.skipReason ? describe.skip : describe;

  describeOrSkip(`${name} event store conformance`, () => {
    let underTest: StoreUnderTest | null = null;
    const current = (): StoreUnderTest => {
      if (!underTest) throw new Error('no store: the factory failed');
      return underTest;
    };
    const store = (): EventStore => current().store;
    const reopen = async (): Promise<void> => {
      current().store = await current().reopen();
    };

    beforeEach(async () => {
      underTest = await factory();
    });
    afterEach(async () => {
      await underTest?.cleanup();
      underTest = null;
    });

    appendingConformance(store);
    readingConformance(store);
    readingAtOnceConformance(store, options.readsInProcess ?? false);
    idempotencyConformance(store);
    subscriptionConformance(store);
    concurrencyConformance(store);
    dataKeysConformance(store);
    checkpointsConformance(store, reopen);
    streamIdsConformance(store);
  });
}
