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
const MIN_SECRET_LENGTH = 16;
/**
 * A secret of fewer different characters is a pattern, not a secret (`xxxx…`, `abcabc…`). Random secrets
 * pass: of 16 random hex characters, about 3 in 100,000 draws have fewer than 6 different ones; of 32, none
 * in a lifetime.
 */
const MIN_DISTINCT_SECRET_CHARACTERS = 6;

/**
 * Parses `LEDGER_API_KEYS`: comma-separated `name:role:secret`. The secret may itself contain colons. A key's
 * name is its identity (the actor of what it writes, its rate budget), so no two keys share one; no two share
 * a secret; and no secret is short or plainly patterned. Messages name the entry, never the secret.
 */
export function parseApiKeys(spec: string): ApiKey[] {
  const keys = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry, index) => {
      const [name, role, ...rest] = entry.split(':');
      const secret = rest.join(':');
      const fault = entryFault(name, role, secret);
      if (fault) throw new Error(`LEDGER_API_KEYS entry ${index + 1}: ${fault}`);
      return { name, role: role as Role, secret };
    });
  if (keys.length === 0) throw new Error('LEDGER_API_KEYS is set but names no key');
  keys.forEach((key, index) => {
    const first = keys.findIndex((other) => other.name === key.name);
    if (first !== index) {
      throw new Error(
        `LEDGER_API_KEYS entry ${index + 1}: the name "${key.name}" is taken by entry ${first + 1}`,
      );
    }
  });
  if (new Set(keys.map((k) => k.secret)).size !== keys.length) {
    throw new Error('LEDGER_API_KEYS: two keys share a secret');
  }
  return keys;
}

function entryFault(name: string | undefined, role: string | undefined, secret: string): string | undefined {
  if (role === undefined) return 'must be name:role:secret';
  if (!NAME.test(name ?? '')) return 'bad key name';
  if (!ROLES.includes(role as Role)) return `role must be one of ${ROLES.join(', ')}`;
  return secretFault(secret);
}

/** What makes `secret` too weak to be one (of a key, or the metrics token), in words; `undefined` if nothing. */
export function secretFault(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) return `secret must be at least ${MIN_SECRET_LENGTH} characters`;
  const distinct = new Set(secret).size;
  if (distinct < MIN_DISTINCT_SECRET_CHARACTERS) {
    return (
      `the secret is too plain: it has ${distinct} different characters, at least ` +
      `${MIN_DISTINCT_SECRET_CHARACTERS} are needed (make one with \`openssl rand -hex 16\`)`
    );
  }
  return undefined;
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
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keys = ROLES.map((role) => ({
    name: `local-${role}`,
    role,
    secret: randomBytes(24).toString('base64url'),
  }));
  writeFileSync(file, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  return { keys, generated: true, file };
}
