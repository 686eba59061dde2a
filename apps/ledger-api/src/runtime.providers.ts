import { Provider } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import {
  Clock,
  LedgerConfig,
  loadMasterKey,
  PersonalDataCodec,
  SubjectEvents,
  SubjectExporter,
} from '@ledger/runtime';
import { CatalogueInForce } from './catalogue/catalogue-in-force';
import { LEDGER_CONFIG } from './config/ledger-config.token';
import { MASTER_KEY } from './config/master-key.token';
import { EventStoreCloser, eventStoreProvider } from './store/event-store.provider';

/**
 * What the API shares with the operator CLI (@ledger/runtime), wired into Nest: the library's classes are
 * plain, so each is built here from what it needs, as the CLI builds them by hand.
 */
export function runtimeProviders(config: LedgerConfig, clock: Clock): Provider[] {
  return [
    { provide: LEDGER_CONFIG, useValue: config },
    { provide: Clock, useValue: clock },
    eventStoreProvider,
    EventStoreCloser,
    { provide: MASTER_KEY, useFactory: () => loadMasterKey(config.masterKey, config.dataDir) },
    {
      provide: PersonalDataCodec,
      inject: [EVENT_STORE, MASTER_KEY],
      useFactory: async (store: EventStore, masterKey: Buffer) => {
        const codec = new PersonalDataCodec(store, masterKey);
        await codec.checkMasterKey();
        return codec;
      },
    },
    {
      provide: SubjectEvents,
      inject: [EVENT_STORE, PersonalDataCodec],
      useFactory: (store: EventStore, codec: PersonalDataCodec) => new SubjectEvents(store, codec),
    },
    {
      provide: SubjectExporter,
      inject: [SubjectEvents, CatalogueInForce, Clock],
      useFactory: (events: SubjectEvents, catalogues: CatalogueInForce, now: Clock) =>
        new SubjectExporter(events, () => catalogues.current(), now),
    },
  ];
}
