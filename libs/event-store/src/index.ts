export * from './event-store.port';
export * from './hash-chain';
export * from './create-event-store';
export * from './sqlite/sqlite-event-store';
export * from './postgres/postgres-event-store';
export * from './eventstoredb/eventstoredb-event-store';
export * from './read-log';
export * from './verify-log';
