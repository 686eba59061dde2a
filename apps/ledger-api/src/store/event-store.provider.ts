import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { createEventStore, EVENT_STORE, EventStore } from '@ledger/event-store';
import { LEDGER_CONFIG, LedgerConfig } from '../config/ledger-config';

/** The store the configuration names, opened before anything reads from it. */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [LEDGER_CONFIG],
  useFactory: async (config: LedgerConfig): Promise<EventStore> => {
    const store = createEventStore({
      LEDGER_STORE: config.store,
      LEDGER_DATA_DIR: config.dataDir,
      LEDGER_POSTGRES_URL: config.postgresUrl,
      LEDGER_POSTGRES_SCHEMA: config.postgresSchema,
      LEDGER_EVENTSTOREDB_URL: config.eventStoreDbUrl,
    });
    await store.init();
    return store;
  },
};

/** Closes the store last, after the read side has stopped following it (on module destroy). */
@Injectable()
export class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
