/** The configuration the module was built with (`LedgerConfig` of @ledger/runtime), as Nest injects it. */
export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
