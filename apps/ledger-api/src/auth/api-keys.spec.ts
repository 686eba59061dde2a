import { parseApiKeys } from './api-keys';

describe('LEDGER_API_KEYS', () => {
  it('refuses short secrets and shared secrets without naming them', () => {
    expect(() => parseApiKeys('a:dpo:short')).toThrow(/entry 1: secret must be at least 16 characters$/);
    const shared = 'a:dpo:same-secret-0123456789,b:system:same-secret-0123456789';
    expect(() => parseApiKeys(shared)).toThrow('LEDGER_API_KEYS: two keys share a secret');
  });

  it('says what an entry must look like when it is not name:role:secret, and refuses a setting that names no key', () => {
    expect(() => parseApiKeys('nocolonsatall-0123456789abcdef')).toThrow(
      'LEDGER_API_KEYS entry 1: must be name:role:secret',
    );
    expect(() => parseApiKeys('')).toThrow('LEDGER_API_KEYS is set but names no key');
  });

  it('refuses two keys of one name, which would share an actor and a rate budget, naming both entries', () => {
    const keys = 'a:system:secret-one-0123456789,b:dpo:secret-two-0123456789,a:dpo:secret-three-0123456789';
    expect(() => parseApiKeys(keys)).toThrow('LEDGER_API_KEYS entry 3: the name "a" is taken by entry 1');
  });

  it.each([
    ['one repeated character', 'x'.repeat(32), 1],
    ['a repeated short pattern', 'abcde'.repeat(6), 5],
  ])('refuses a secret of %s without naming it', (_what, secret, distinct) => {
    expect(() => parseApiKeys(`a:dpo:${secret}`)).toThrow(
      new RegExp(
        `^LEDGER_API_KEYS entry 1: the secret is too plain: it has ${distinct} different characters`,
      ),
    );
    expect(() => parseApiKeys(`a:dpo:${secret}`)).not.toThrow(secret);
  });

  it('takes secrets of six or more different characters, and colons within them', () => {
    expect(parseApiKeys('a:dpo:abcdefabcdefabcdef, b:auditor:k:e:y-0123456789')).toEqual([
      { name: 'a', role: 'dpo', secret: 'abcdefabcdefabcdef' },
      { name: 'b', role: 'auditor', secret: 'k:e:y-0123456789' },
    ]);
  });
});
