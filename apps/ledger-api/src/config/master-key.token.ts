/**
 * The master key (`LEDGER_MASTER_KEY`, or the one generated into the data directory), loaded once: it wraps
 * the subjects' data keys, and the change-stream tokens' signing key is derived from it.
 */
export const MASTER_KEY = Symbol('MASTER_KEY');
