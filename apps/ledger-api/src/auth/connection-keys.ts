import { Actor } from '@ledger/domain';

const KNOWN = Symbol('the key a connection presented last');

/** A client connection, which remembers the last `Authorization` header it presented that was a valid key. */
export interface Connection {
  [KNOWN]?: { authorization: string; actor: Actor };
}

/**
 * Who the key that `authorization` presents is, as `identify` says, remembered on the connection it came on:
 * a client sends the same header with every request of a connection, and judging it anew (a SHA-256 digest
 * and a constant-time comparison with every key) took some 3.7 µs of a single check's 55 to 60 in a profile.
 * Keys are fixed for the life of the process, so what a valid header meant stays true. Only valid headers are
 * remembered; anything else is judged anew every time. The header is compared with the remembered one in
 * time that depends on the presented header alone: behind a proxy that shares connections, the remembered one
 * may be another client's.
 */
export function identifyOn(
  connection: Connection | null | undefined,
  authorization: string | undefined,
  identify: (authorization: string | undefined) => Actor | null,
): Actor | null {
  const known = connection?.[KNOWN];
  if (known && authorization !== undefined && sameText(known.authorization, authorization))
    return known.actor;
  const actor = identify(authorization);
  if (actor && connection && authorization !== undefined) connection[KNOWN] = { authorization, actor };
  return actor;
}

/** Whether `presented` is `known`, in time that depends on the length of `presented` alone. */
export function sameText(known: string, presented: string): boolean {
  let differ = known.length ^ presented.length;
  for (let i = 0; i < presented.length; i++)
    differ |= presented.charCodeAt(i) ^ known.charCodeAt(i % known.length);
  return differ === 0;
}
