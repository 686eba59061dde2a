import { IncomingMessage } from 'node:http';
import { requestIdOf } from './x-request-id';

const withHeader = (value?: string) =>
  ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as IncomingMessage;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it("takes the caller's id when it is 1 to 128 visible ASCII characters", () => {
    expect(requestIdOf(withHeader('abc-123'))).toBe('abc-123');
    expect(requestIdOf(withHeader('a'.repeat(128)))).toBe('a'.repeat(128));
    expect(requestIdOf(withHeader('x'))).toBe('x');
  });

  it.each([
    ['none', undefined],
    ['an empty one', ''],
    ['one over 128 characters', 'a'.repeat(129)],
    ['one with a space (two headers arrive joined by ", ")', 'abc, def'],
    ['one with a control character', 'abc\u0007'],
    ['one beyond ASCII', 'abcé'],
  ])('makes a fresh UUID for %s', (_case, sent) => {
    const first = requestIdOf(withHeader(sent));
    expect(first).toMatch(UUID);
    expect(requestIdOf(withHeader(sent))).not.toBe(first);
  });
});
