import { setFlagsFromString } from 'node:v8';

/**
 * V8 allocates straight into the old generation the objects of any allocation site whose objects mostly
 * survived a young-generation collection ("pretenuring"), and never takes that back while it finds no objects
 * of the site in the young generation, which it then cannot. The checks answered while their subjects are
 * read from the store (a cold start, cache misses) wait on I/O long enough for their per-request objects to
 * survive, so the sites a check allocates at were pretenured, and every later check's garbage went to the old
 * generation: two to three times the CPU per answer, and 8 ms young-generation pauses, for the life of the
 * process (docs/performance.md, "Garbage collection"). Set first, before anything allocates.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
