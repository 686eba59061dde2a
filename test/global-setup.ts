import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the server once, as `npm start` does, for the suites that run it as a real process. */
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
}
