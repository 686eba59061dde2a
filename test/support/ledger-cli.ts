import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The launcher `npx ledger` runs; `test/global-setup.ts` has built the CLI behind it. */
export const LEDGER_BIN = join(__dirname, '../../bin/ledger.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ledger <args>` as a process with `env` added to this one's, and waits for it to exit. */
export function runLedgerCli(args: string[], env: Record<string, string>, cwd?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [LEDGER_BIN, ...args],
      { env: { ...process.env, ...env }, cwd, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: unknown }).code : 0;
        if (typeof code !== 'number') reject(error);
        else resolve({ code, stdout, stderr });
      },
    );
  });
}
