import { randomBytes } from 'node:crypto';
import { Clock } from '@ledger/runtime';
import { ApiKey } from './api-keys';
import { KeyRing } from './key-ring';
import { STREAM_TOKEN_LIFETIME_MS, StreamTokens, streamTokenSecret } from './stream-tokens';

const KEYS: ApiKey[] = [
  { name: 'collection-run', role: 'system', secret: 'system-secret-0123456789' },
  { name: 'audit', role: 'auditor', secret: 'auditor-secret-0123456789' },
];
const ISSUED = '2026-11-24T10:00:00.000Z';

class TestClock extends Clock {
  constructor(public current = ISSUED) {
    super();
  }

  now(): string {
    return this.current;
  }
}

/** The tokens of a process with `keys` and `masterKey`, as a restart with another configuration makes them. */
const tokensOf = (keys: ApiKey[], masterKey: Buffer, clock = new TestClock()) =>
  new StreamTokens(new KeyRing(keys), streamTokenSecret(masterKey), clock);

describe('StreamTokens', () => {
  const masterKey = randomBytes(32);
  const system = { name: 'collection-run', role: 'system' };

  it('verify_OfATokenIssued_IsTheKeyThatAskedForIt_UntilItExpires', () => {
    const clock = new TestClock();
    const tokens = tokensOf(KEYS, masterKey, clock);
    const { token, expiresAt } = tokens.issue(system);
    expect(expiresAt).toBe(new Date(Date.parse(ISSUED) + STREAM_TOKEN_LIFETIME_MS).toISOString());
    expect(tokens.verify(token)).toEqual(system);
    clock.current = new Date(Date.parse(expiresAt) - 1).toISOString();
    expect(tokens.verify(token)).toEqual(system);
    clock.current = expiresAt;
    expect(tokens.verify(token)).toBeNull();
  });

  it('verify_OnAnotherReplicaWithTheSameMasterKey_Accepts_AndWithAnother_Refuses', () => {
    const { token } = tokensOf(KEYS, masterKey).issue(system);
    expect(tokensOf(KEYS, Buffer.from(masterKey)).verify(token)).toEqual(system);
    expect(tokensOf(KEYS, randomBytes(32)).verify(token)).toBeNull();
  });

  it('verify_AfterARestartWithoutTheKey_OrWithANewSecretOrRole_Refuses', () => {
    const { token } = tokensOf(KEYS, masterKey).issue(system);
    const [first, second] = KEYS;
    const restartedWith = (keys: ApiKey[]) => tokensOf(keys, masterKey).verify(token);
    expect(restartedWith([second])).toBeNull();
    expect(restartedWith([{ ...first, secret: 'another-secret-9876543210' }, second])).toBeNull();
    expect(restartedWith([{ ...first, role: 'dpo' }, second])).toBeNull();
    expect(restartedWith([second, first])).toEqual(system);
  });

  it('verify_OfWhatIsNoToken_Refuses', () => {
    const tokens = tokensOf(KEYS, masterKey);
    const { token } = tokens.issue(system);
    const notJson = `${Buffer.from('{"key":').toString('base64url')}.${token.split('.')[1]}`;
    for (const candidate of ['', '.', 'a.b', notJson, `${token}x`, token + '.'.repeat(600)]) {
      expect(tokens.verify(candidate)).toBeNull();
    }
  });
});
