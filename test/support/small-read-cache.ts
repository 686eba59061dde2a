/**
 * Every suite that runs a ledger runs it with a read side that keeps far fewer subjects in memory than the
 * suites create (issue: answers must not depend on a subject being in memory), so most answers come from a
 * subject's stream read at the position applied. A suite about the cache itself sets its own size.
 */
export const TEST_READ_CACHE_SUBJECTS = 2;
