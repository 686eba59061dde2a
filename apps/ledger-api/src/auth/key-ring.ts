import { createHash, hash, timingSafeEqual } from 'node:crypto';
import { Actor } from '@ledger/domain';
import { ApiKey } from './api-keys';

/** One-shot `hash` (Node 20.12 on) costs half of a `Hash` object; the ledger still runs on Node 20.11. */
const digest: (secret: string) => Buffer =
  typeof hash === 'function'
    ? (secret) => hash('sha256', secret, 'buffer')
    : (secret) => createHash('sha256').update(secret).digest();

/** One key in force: who it is, and its secret's digest (never the secret itself). */
export interface KeyEntry {
  digest: Buffer;
  actor: Actor;
}

/** The keys in force. A presented secret is compared with every key in constant time. */
export class KeyRing {
  private readonly entries: KeyEntry[];

  constructor(keys: readonly ApiKey[]) {
    this.entries = keys.map((key) => ({
      digest: digest(key.secret),
      actor: { name: key.name, role: key.role },
    }));
  }

  authenticate(secret: string): Actor | null {
    const presented = digest(secret);
    let found: Actor | null = null;
    for (const entry of this.entries) {
      if (timingSafeEqual(entry.digest, presented)) found = entry.actor;
    }
    return found;
  }

  /** The key of that name, for what is bound to it (a change-stream token); names are not secrets. */
  named(name: string): KeyEntry | undefined {
    return this.entries.find((entry) => entry.actor.name === name);
  }
}
