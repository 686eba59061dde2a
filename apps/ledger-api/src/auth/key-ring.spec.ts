import { ApiKey } from './api-keys';
import { KeyRing } from './key-ring';

const KEYS: ApiKey[] = [
  { name: 'collection-run', role: 'system', secret: 'system-secret-0123456789' },
  { name: 'back-office', role: 'operator', secret: 'operator-secret-0123456789' },
  { name: 'the-dpo', role: 'dpo', secret: 'dpo-secret-0123456789' },
];

/** The module object itself (an `import * as` copy would not see the spy). */
const nodeCrypto = jest.requireActual<typeof import('node:crypto')>('node:crypto');

describe('KeyRing: keys compared in constant time', () => {
  const ring = new KeyRing(KEYS);
  afterEach(() => jest.restoreAllMocks());

  it('knows each key by its secret, and no other', () => {
    expect(KEYS.map((key) => ring.authenticate(key.secret))).toEqual(
      KEYS.map(({ name, role }) => ({ name, role })),
    );
    expect(ring.authenticate('dpo-secret-012345678')).toBeNull();
    expect(ring.authenticate('')).toBeNull();
  });

  it.each([
    ['the first key', KEYS[0].secret],
    ['the last key', KEYS[2].secret],
    ['no key, a prefix of one', 'system-secret'],
    ['no key, far longer than any', 'x'.repeat(10_000)],
  ])('compares %s with every key, in constant time over equal-length digests', (_, secret) => {
    const compare = jest.spyOn(nodeCrypto, 'timingSafeEqual');
    ring.authenticate(secret);
    // The same work whichever key matches, or none: no early exit, no length to time.
    expect(compare).toHaveBeenCalledTimes(KEYS.length);
    for (const [a, b] of compare.mock.calls) {
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
    }
  });
});
