import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the server once, as `npm start` does, and the operator CLI through its launcher (`npx ledger`), for
 * the suites that run them as real processes.
 */
export default function globalSetup(): void {
  const root = join(__dirname, '..');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'ledger-api'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  execFileSync(process.execPath, [join(root, 'bin/ledger.js'), 'help'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
