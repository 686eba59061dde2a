import { TEST_READ_CACHE_SUBJECTS } from './support/small-read-cache';

// Servers the suites spawn as processes inherit it; the in-process harness sets it in its configuration.
process.env.LEDGER_READ_CACHE_SUBJECTS ??= String(TEST_READ_CACHE_SUBJECTS);
