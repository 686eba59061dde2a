// Builds the console (`npm run build:console`) when dist/console is missing or older than its sources, so
// `npm start` and `npm test` serve a current console without rebuilding it every time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const built = join(root, 'dist/console/index.html');
// The console imports the domain's leaf modules and the API's role policy: changes there rebuild it too.
const sources = ['apps/console', 'libs/domain/src', 'apps/ledger-api/src/auth/roles.ts', 'package-lock.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale =
  !existsSync(built) || sources.some((source) => newest(join(root, source)) > statSync(built).mtimeMs);
if (stale) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // Always the production build, even when jest (NODE_ENV=test) asks: React's development build is twice the size.
  const env = { ...process.env, NODE_ENV: 'production' };
  const { status } = spawnSync(npm, ['run', 'build:console'], { cwd: root, stdio: 'inherit', env });
  process.exit(status ?? 1);
}
