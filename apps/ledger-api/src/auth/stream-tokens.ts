import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Actor } from '@ledger/domain';
import { Clock } from '@ledger/runtime';
import { ChangesToken } from '@ledger/wire';
import { KeyEntry, KeyRing } from './key-ring';

/** How long a token opens streams: time to fetch it and open one, little use to whoever finds it later. */
export const STREAM_TOKEN_LIFETIME_MS = 60_000;

/** Longer than any token the ledger makes: a longer one is refused before it is decoded. */
export const MAX_STREAM_TOKEN_LENGTH = 512;

/**
 * The key tokens are signed with, derived from the master key (HKDF-SHA256, a purpose of its own): every
 * replica that shares the master key accepts the others' tokens, and the master key itself signs nothing.
 */
export function streamTokenSecret(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'basis-ledger change-stream token', 32));
}

interface TokenClaims {
  key: string;
  role: string;
  /** Until when it opens streams, in milliseconds since the epoch. */
  exp: number;
}

/**
 * Tokens that open the change stream in place of an API key, for clients that cannot send a header (a
 * browser's `EventSource`), so the key itself never goes into a URL. A token is `<claims>.<signature>`: the
 * key's name and role and the expiry, in base64url JSON, and an HMAC over them and the key's secret digest,
 * so a token stops working when its key is removed, gets another secret or another role.
 */
export class StreamTokens {
  constructor(
    private readonly keyRing: KeyRing,
    private readonly secret: Buffer,
    private readonly clock: Clock,
  ) {}

  issue(actor: Actor): ChangesToken {
    const key = this.keyRing.named(actor.name);
    if (!key) throw new Error('a change-stream token was asked for a key not in force');
    const exp = Date.parse(this.clock.now()) + STREAM_TOKEN_LIFETIME_MS;
    const claims = Buffer.from(JSON.stringify({ key: actor.name, role: actor.role, exp })).toString(
      'base64url',
    );
    return { token: `${claims}.${this.signature(claims, key)}`, expiresAt: new Date(exp).toISOString() };
  }

  /** The key a token stands for; `null` for one malformed, signed otherwise, expired, or of a key not in force. */
  verify(token: string): Actor | null {
    if (token.length > MAX_STREAM_TOKEN_LENGTH) return null;
    const [claims, signature, ...rest] = token.split('.');
    const parsed = rest.length === 0 && signature !== undefined ? claimsOf(claims) : null;
    const key = parsed ? this.keyRing.named(parsed.key) : undefined;
    if (!parsed || !key || key.actor.role !== parsed.role) return null;
    // Compared as text: base64url decoding ignores spare bits, so another text could decode to the same bytes.
    const expected = Buffer.from(this.signature(claims, key));
    const presented = Buffer.from(signature);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
    return parsed.exp > Date.parse(this.clock.now()) ? key.actor : null;
  }

  private signature(claims: string, key: KeyEntry): string {
    return createHmac('sha256', this.secret).update(claims).update(key.digest).digest('base64url');
  }
}

function claimsOf(text: string): TokenClaims | null {
  try {
    const claims = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<TokenClaims> | null;
    const valid =
      typeof claims?.key === 'string' && typeof claims.role === 'string' && Number.isSafeInteger(claims.exp);
    return valid ? (claims as TokenClaims) : null;
  } catch {
    return null;
  }
}
