import { SealingScope } from '@ledger/domain';
import { scopeOfText, scopeText } from './data-key-ids';

/** Written before scopes: sealed under the subject's own key, which is period 0's. */
const V1 = 'enc:v1:';
const V2 = 'enc:v2:';
const BASE64 = /^[A-Za-z0-9+/]+=*$/;

/** A personal field's sealed bytes (iv | tag | ciphertext) and the scope whose key sealed them. */
export interface SealedValue {
  scope: SealingScope;
  sealed: Buffer;
}

/**
 * The stored form of a sealed field: `enc:v2:<scope>:<base64>`. Naming the scope lets a reader pick the key
 * without knowing the state the field was sealed in.
 */
export function formatSealedValue({ scope, sealed }: SealedValue): string {
  return `${V2}${scopeText(scope)}:${sealed.toString('base64')}`;
}

/**
 * What a stored field holds: a sealed value (`enc:v2:`, or `enc:v1:` of period 0), or `null` for a string
 * that was never sealed. A value that claims to be sealed but is malformed throws: the store does not hold
 * what the ledger wrote.
 */
export function parseSealedValue(value: string): SealedValue | null {
  if (value.startsWith(V1)) return { scope: { period: 0 }, sealed: decode(value.slice(V1.length)) };
  if (!value.startsWith(V2)) return null;
  const rest = value.slice(V2.length);
  const split = rest.lastIndexOf(':');
  const scope = split < 0 ? null : scopeOfText(rest.slice(0, split));
  if (!scope) throw new Error('a sealed value names no scope');
  return { scope, sealed: decode(rest.slice(split + 1)) };
}

function decode(base64: string): Buffer {
  if (!BASE64.test(base64)) throw new Error('a sealed value is not base64');
  return Buffer.from(base64, 'base64');
}
