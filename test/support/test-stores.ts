import {
  dropSchema,
  POSTGRES_TEST_URL,
  postgresSkipReason,
  uniqueName,
} from '@ledger/event-store/testing/postgres-test-server';
import { LedgerConfig } from '@ledger/runtime';

/** A store kind the end-to-end suites run on. */
export interface TestStore {
  name: string;
  /** Why this store cannot be tested here; the suites on it are skipped. */
  skipReason?: string;
  /** The configuration of a new, empty store of this kind, and how to remove it afterwards. */
  create(): Promise<{ config: Partial<LedgerConfig>; remove: () => Promise<void> }>;
}

const sqlite: TestStore = {
  name: 'SQLite',
  // The harness gives every ledger a temporary data directory of its own, and removes it.
  create: async () => ({ config: {}, remove: async () => undefined }),
};

function postgres(): TestStore {
  return {
    name: 'PostgreSQL',
    skipReason: postgresSkipReason(),
    create: async () => {
      const schema = uniqueName('ledger_e2e');
      return {
        config: { store: 'postgres', postgresUrl: POSTGRES_TEST_URL, postgresSchema: schema },
        remove: () => dropSchema(schema),
      };
    },
  };
}

/**
 * Defines `suite` once per store kind, titled `title (SQLite)`, `title (PostgreSQL)`: the same tests, so the
 * stores cannot drift apart behind the API. A store that cannot be reached is skipped with one warning.
 */
export function describeOnEachStore(title: string, suite: (store: TestStore) => void): void {
  for (const store of [sqlite, postgres()]) {
    if (store.skipReason) console.warn(`Skipping "${title}" on ${store.name}: ${store.skipReason}`);
    (store.skipReason ? describe.skip : describe)(`${title} (${store.name})`, () => suite(store));
  }
}
