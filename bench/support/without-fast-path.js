// Loaded into the built server with `node --require` (see `without` in ledger-server.ts): switches off the
// fast paths named in BENCH_WITHOUT, so the bench measures what each one pays on the very same build
// (bench/benchmarks/fast-paths.ts, request-log.ts). It fails the start when a part it patches has moved,
// rather than measuring the server unchanged.
require('reflect-metadata');
const { join } = require('node:path');

const SRC = join(__dirname, '../../dist/apps/ledger-api/apps/ledger-api/src');

/** Replaces `prototype[method]`, which must exist. */
function replace(file, className, method, replacement) {
  const prototype = require(join(SRC, file))[className]?.prototype;
  if (typeof prototype?.[method] !== 'function') throw new Error(`${file}: no ${className}.${method}`);
  prototype[method] = replacement;
}

/** Replaces the function `name` that `file` exports; callers in other modules see the replacement. */
function replaceExport(file, name, replacement) {
  const exported = require(join(SRC, file));
  if (typeof exported[name] !== 'function') throw new Error(`${file}: no export ${name}`);
  exported[name] = replacement;
}

const PARTS = {
  // The lane steps aside for every request: Nest's pipeline and the controller answer.
  lane: () => replace('permissions/permission-fast-lane.js', 'PermissionFastLane', 'answer', () => false),
  // No input is accepted at once: class-validator judges every DTO (the lane, which asks the same, steps aside).
  acceptor: () =>
    replace('problems/validation.pipe.js', 'LedgerValidationPipe', 'acceptAtOnce', () => undefined),
  // V8 keeps allocation-site pretenuring on, Node's default, which the server turns off as it starts
  // (apps/ledger-api/src/v8-tuning.ts): its call is let through with that flag left out.
  'v8-tuning': () => {
    const v8 = require('node:v8');
    const setFlags = v8.setFlagsFromString;
    let asked = false;
    v8.setFlagsFromString = (flags) => {
      if (flags === '--no-allocation-site-pretenuring') asked = true;
      else setFlags(flags);
    };
    setImmediate(() => {
      if (!asked) throw new Error('v8-tuning: the server no longer turns pretenuring off as it starts');
    });
  },
  // Log lines are written to stdout as pino does by default: asynchronously, one write for each line.
  'log-batching': () =>
    replaceExport('logging/log-destination.js', 'logDestination', () =>
      require('pino').destination({ dest: 1, sync: false }),
    ),
  // Log lines are written to stdout one at a time, synchronously: each before the request goes on.
  'async-log': () =>
    replaceExport('logging/log-destination.js', 'logDestination', () =>
      require('pino').destination({ dest: 1, sync: true }),
    ),
};

for (const part of (process.env.BENCH_WITHOUT ?? '').split(',').filter(Boolean)) {
  if (!PARTS[part]) throw new Error(`BENCH_WITHOUT: no fast path named ${part}`);
  PARTS[part]();
}
