import 'reflect-metadata';
import { runCli } from './cli';

/** `npx ledger ...` (bin/ledger.js) lands here. */
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`ledger: ${error.message}\n`);
    process.exitCode = 2;
  },
);
