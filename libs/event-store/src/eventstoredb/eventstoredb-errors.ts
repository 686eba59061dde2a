import { ErrorType } from '@eventstore/db-client';
import { storeErrors } from '../common/store-errors';

/** Failures that say the server cannot serve now, rather than that the request was wrong. */
const UNAVAILABLE = new Set<unknown>([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
]);

/** The client's error type (`ErrorType`), or `undefined` for an error of another kind. */
export function errorType(error: unknown): unknown {
  return (error as { type?: unknown } | null)?.type;
}

export const eventStoreDbErrors = storeErrors('EventStoreDB', (error) => UNAVAILABLE.has(errorType(error)));

/** A stream that never existed or was deleted reads as nothing. */
export function isMissingStream(error: unknown): boolean {
  const type = errorType(error);
  return type === ErrorType.STREAM_NOT_FOUND || type === ErrorType.STREAM_DELETED;
}
