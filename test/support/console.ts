import { join } from 'node:path';

/** Where `npm run build:console` puts the console; `test/global-setup.ts` builds it when stale. */
export const CONSOLE_DIR = join(__dirname, '../../dist/console');
