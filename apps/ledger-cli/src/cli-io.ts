/** Where a command writes: results on `stdout`, progress and messages on `stderr`. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** A failure the operator can act on (bad argument, missing setting): reported without a stack, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command will not do what was asked, and says why (nothing to export, a file in the way): exit code 1. */
export class Refusal extends Error {
  override readonly name = 'Refusal';
}

export const EXIT_OK = 0;
/** The store does not verify. */
export const EXIT_BROKEN = 1;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
/**
 * Anything else: the store could not be reached, a file could not be written. Apart from 2, so that a script
 * retries an outage rather than a typo.
 */
export const EXIT_FAILED = 3;
