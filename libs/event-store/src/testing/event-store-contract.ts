import { EventStore } from '../event-store.port';
import { appendingContract } from './contract/appending';
import { concurrencyContract } from './contract/concurrency';
import { dataKeysContract } from './contract/data-keys';
import { idempotencyContract } from './contract/idempotency';
import { readingContract } from './contract/reading';
import { subscriptionContract } from './contract/subscription';

export interface StoreUnderTest {
  /** An initialised store over an empty log. */
  store: EventStore;
  /** Closes the store and removes what the factory created. */
  cleanup: () => Promise<void>;
}

export interface ContractOptions {
  /** Why the adapter cannot be tested here (no server reachable): the suite is reported as skipped. */
  skipReason?: string;
}

/**
 * The one suite every adapter must pass, run by each adapter's spec with its own factory. Each test gets a
 * fresh, empty store.
 */
export function describeEventStoreContract(
  name: string,
  factory: () => Promise<StoreUnderTest>,
  options: ContractOptions = {},
): void {
  if (options.skipReason) {
    console.warn(`Skipping the ${name} event store contract: ${options.skipReason}`);
  }
  const describeOrSkip = options.skipReason ? describe.skip : describe;

  describeOrSkip(`${name} event store contract`, () => {
    let underTest: StoreUnderTest | null = null;
    const store = (): EventStore => {
      if (!underTest) throw new Error('no store: the factory failed');
      return underTest.store;
    };

    beforeEach(async () => {
      underTest = await factory();
    });
    afterEach(async () => {
      await underTest?.cleanup();
      underTest = null;
    });

    appendingContract(store);
    readingContract(store);
    idempotencyContract(store);
    subscriptionContract(store);
    concurrencyContract(store);
    dataKeysContract(store);
  });
}
