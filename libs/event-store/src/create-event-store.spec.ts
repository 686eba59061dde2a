import { createEventStore } from './create-event-store';
import { EventStoreDbStore } from './eventstoredb/eventstoredb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

describe('createEventStore', () => {
  it('makes the PostgreSQL and EventStoreDB stores from their URLs', async () => {
    const postgres = createEventStore({
      LEDGER_STORE: 'postgres',
      LEDGER_POSTGRES_URL: 'postgres://127.0.0.1:1/x',
    });
    const esdb = createEventStore({
      LEDGER_STORE: 'eventstoredb',
      LEDGER_EVENTSTOREDB_URL: 'esdb://127.0.0.1:1?tls=false',
    });
    expect(postgres).toBeInstanceOf(PostgresEventStore);
    expect(esdb).toBeInstanceOf(EventStoreDbStore);
    await Promise.all([postgres.close(), esdb.close()]);
  });

  it('hands LEDGER_POSTGRES_SCHEMA to the PostgreSQL store, which checks the name', () => {
    expect(() =>
      createEventStore({
        LEDGER_STORE: 'postgres',
        LEDGER_POSTGRES_URL: 'postgres://127.0.0.1:1/x',
        LEDGER_POSTGRES_SCHEMA: 'ledger; DROP TABLE x',
      }),
    ).toThrow('unusable schema name: ledger; DROP TABLE x');
  });

  it('says which setting is missing or wrong', () => {
    expect(() => createEventStore({ LEDGER_STORE: 'postgres' })).toThrow(
      'LEDGER_STORE=postgres needs LEDGER_POSTGRES_URL',
    );
    expect(() => createEventStore({ LEDGER_STORE: 'eventstoredb' })).toThrow(
      'LEDGER_STORE=eventstoredb needs LEDGER_EVENTSTOREDB_URL',
    );
    expect(() => createEventStore({ LEDGER_STORE: 'mysql' })).toThrow(
      'LEDGER_STORE must be sqlite, postgres or eventstoredb',
    );
  });
});
