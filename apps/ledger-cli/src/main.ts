import 'reflect-metadata';
import { runCli } from './cli';

/** `npx ledger ...` (bin/ledger.js) lands here. */
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    // A store that cannot be reached says why underneath (`connect ECONNREFUSED …`): the operator needs that.
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    process.stderr.write(`ledger: ${error.message}${cause}\n`);
    process.exitCode = 2;
  },
);
