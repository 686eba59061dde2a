import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the server once, as `npm start` does, for the suites that run it as a real process; and the console,
 * when it is missing or older than its sources, for the suites that open it in a browser; and the operator CLI through its launcher (`npx ledger`).
 */
export default function globalSetup(): void {
  const root = join(__dirname, '..');
  const node = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit' });
  node('node_modules/@nestjs/cli/bin/nest.js', 'build', 'ledger-api');
  node('apps/console/build-if-stale.mjs');
  execFileSync(process.execPath, [join(root, 'bin/ledger.js'), 'help'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
