import { createEventStore, EventStore } from '@ledger/event-store';
import { LedgerConfig } from '../config/ledger-config';

/**
 * The store the configuration names, opened: the server's and the operator CLI's alike. The CLI opens an
 * existing ledger only (`existingOnly`, see `createEventStore`).
 */
export async function openEventStore(
  config: LedgerConfig,
  options: { existingOnly?: boolean } = {},
): Promise<EventStore> {
  const store = createEventStore(
    {
      LEDGER_STORE: config.store,
      LEDGER_DATA_DIR: config.dataDir,
      LEDGER_POSTGRES_URL: config.postgresUrl,
      LEDGER_POSTGRES_SCHEMA: config.postgresSchema,
      LEDGER_EVENTSTOREDB_URL: config.eventStoreDbUrl,
      LEDGER_STORE_TIMEOUT_MS: config.storeTimeoutMs?.toString(),
    },
    options,
  );
  try {
    await store.init();
  } catch (error) {
    // Its connections would keep the process alive after the failure is reported.
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
