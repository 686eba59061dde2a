import { parseApiKeys } from './api-keys';

describe('LEDGER_API_KEYS', () => {
  it('refuses short secrets and shared secrets without naming them', () => {
    expect(() => parseApiKeys('a:dpo:short')).toThrow(/entry 1: secret must be at least 16 characters$/);
    const shared = 'a:dpo:same-secret-0123456789,b:system:same-secret-0123456789';
    expect(() => parseApiKeys(shared)).toThrow('LEDGER_API_KEYS: two keys share a secret');
  });
});
