import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role, ROLES } from './roles';

export interface ApiKey {
  name: string;
  role: Role;
  secret: string;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** Parses `LEDGER_API_KEYS`: comma-separated `name:role:secret`. The secret may itself contain colons. */
export function parseApiKeys(spec: string): ApiKey[] {
  const keys = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry, index) => {
      const [name, role, ...rest] = entry.split(':');
      const secret = rest.join(':');
      if (!NAME.test(name ?? '')) throw new Error(`LEDGER_API_KEYS entry ${index + 1}: bad key name`);
      if (!ROLES.includes(role as Role)) {
        throw new Error(`LEDGER_API_KEYS entry ${index + 1}: role must be one of ${ROLES.join(', ')}`);
      }
      if (secret.length < 16) {
        throw new Error(`LEDGER_API_KEYS entry ${index + 1}: secret must be at least 16 characters`);
      }
      return { name, role: role as Role, secret };
    });
  if (keys.length === 0) throw new Error('LEDGER_API_KEYS is set but names no key');
  if (new Set(keys.map((k) => k.secret)).size !== keys.length) {
    throw new Error('LEDGER_API_KEYS: two keys share a secret');
  }
  return keys;
}

export const GENERATED_KEYS_FILE = 'api-keys.json';

/**
 * With `LEDGER_API_KEYS` unset, one key per role is generated once and kept in the data directory,
 * readable by its owner only, so a restart keeps the same keys.
 */
export function loadOrGenerateKeys(dataDir: string): { keys: ApiKey[]; generated: boolean; file: string } {
  const file = join(dataDir, GENERATED_KEYS_FILE);
  if (existsSync(file)) {
    return { keys: JSON.parse(readFileSync(file, 'utf8')) as ApiKey[], generated: false, file };
  }
  mkdirSync(dataDir, { recursive: true });
  const keys = ROLES.map((role) => ({
    name: `local-${role}`,
    role,
    secret: randomBytes(24).toString('base64url'),
  }));
  writeFileSync(file, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  return { keys, generated: true, file };
}
