/**
 * What a process that stops on `error` says of it: its message, and its cause's, which says why underneath (a
 * store's unavailability, `connect ECONNREFUSED …`): the operator needs that to act.
 */
export function failureMessage(error: Error): string {
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
