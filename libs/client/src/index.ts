export * from '@ledger/wire';
export type { HistoryOptions } from './audit-reads';
export type { ChangesOptions } from './change-stream';
export * from './ledger-client';
export { LedgerError } from './ledger-error';
export type { LedgerErrorCode } from './ledger-error';
export { DEFAULT_RETRY } from './retry';
export type { RetryOptions } from './retry';
