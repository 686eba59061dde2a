import { Actor } from '@ledger/domain';
import { Connection, identifyOn, sameText } from './connection-keys';

const KEYS: Record<string, Actor> = {
  'Bearer system-secret-0123456789': { name: 'collection-run', role: 'system' },
  'Bearer dpo-secret-0123456789': { name: 'the-dpo', role: 'dpo' },
};

/** A judge of headers that counts its judgements, as the key ring would judge them. */
function countingJudge() {
  const judge = jest.fn((authorization: string | undefined) => KEYS[authorization ?? ''] ?? null);
  return judge;
}

describe('identifyOn: a connection remembers its valid key, and every other header is judged anew', () => {
  const [system, dpo] = Object.keys(KEYS);

  it('judges a valid header once per connection, and answers the same actor after', () => {
    const judge = countingJudge();
    const connection: Connection = {};
    expect(identifyOn(connection, system, judge)).toEqual(KEYS[system]);
    expect(identifyOn(connection, system, judge)).toEqual(KEYS[system]);
    expect(judge).toHaveBeenCalledTimes(1);
  });

  it('refuses a wrong key sent after a right one on the same connection, and still knows the right one', () => {
    const judge = countingJudge();
    const connection: Connection = {};
    identifyOn(connection, system, judge);
    expect(identifyOn(connection, `${system}x`, judge)).toBeNull();
    expect(identifyOn(connection, system.slice(0, -1), judge)).toBeNull();
    expect(identifyOn(connection, undefined, judge)).toBeNull();
    expect(identifyOn(connection, system, judge)).toEqual(KEYS[system]);
    expect(judge).toHaveBeenCalledTimes(4);
  });

  it('knows another valid key on the same connection as that key, and remembers it instead', () => {
    const judge = countingJudge();
    const connection: Connection = {};
    identifyOn(connection, system, judge);
    expect(identifyOn(connection, dpo, judge)).toEqual(KEYS[dpo]);
    expect(identifyOn(connection, dpo, judge)).toEqual(KEYS[dpo]);
    expect(judge).toHaveBeenCalledTimes(2);
  });

  it('never remembers an invalid header, nor anything without a connection', () => {
    const judge = countingJudge();
    const connection: Connection = {};
    identifyOn(connection, 'Bearer guess-000000000000', judge);
    identifyOn(connection, 'Bearer guess-000000000000', judge);
    identifyOn(null, system, judge);
    identifyOn(null, system, judge);
    expect(judge).toHaveBeenCalledTimes(4);
    expect(identifyOn({}, system, judge)).toEqual(KEYS[system]);
  });
});

describe('sameText', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'ab', false],
    ['abc', 'abcabc', false],
    ['abc', '', false],
    ['é', 'é', true],
    ['é', 'e', false],
  ])('%j and %j: %s', (known, presented, same) => {
    expect(sameText(known, presented)).toBe(same);
  });
});
