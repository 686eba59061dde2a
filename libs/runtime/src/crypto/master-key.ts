import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MASTER_KEY_FILE = 'master.key';

/**
 * The key that wraps every subject's data key: `LEDGER_MASTER_KEY` (32 bytes as 64 hex characters or
 * base64), or else a key generated once into the data directory, readable by its owner only.
 */
export function loadMasterKey(configured: string | undefined, dataDir: string): Buffer {
  // Set but empty is refused as a key of the wrong length, never taken for unset: a replica whose secret failed
  // to be injected would otherwise start with a key of its own.
  if (configured !== undefined) return decodeKey(configured.trim(), 'LEDGER_MASTER_KEY');
  const file = join(dataDir, MASTER_KEY_FILE);
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8').trim(), file);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

function decodeKey(text: string, source: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32)
    throw new Error(`${source}: the master key must be 32 bytes (64 hex characters or base64)`);
  return key;
}
