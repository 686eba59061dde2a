import 'reflect-metadata';
import { failureMessage } from '@ledger/runtime';
import { runCli } from './cli';
import { EXIT_FAILED } from './cli-io';

/** `npx ledger ...` (bin/ledger.js) lands here. */
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`ledger: ${failureMessage(error)}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
