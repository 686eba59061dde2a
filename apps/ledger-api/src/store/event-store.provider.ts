import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { openEventStore } from '@ledger/runtime';
import { LEDGER_CONFIG } from '../config/ledger-config.token';

/** The store the configuration names, opened before anything reads from it. */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [LEDGER_CONFIG],
  useFactory: openEventStore,
};

/** Closes the store last, after the read side has stopped following it (on module destroy). */
@Injectable()
export class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
