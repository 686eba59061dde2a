import secureJson from 'secure-json-parse';
import { forbiddenKeyPath } from './forbidden-keys';

const refusedBySecureJson = (text: string) => {
  try {
    secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
    return false;
  } catch {
    return true;
  }
};

describe('forbiddenKeyPath', () => {
  it.each([
    ['{"purpose":"collection","__proto__":{"admin":true}}', '__proto__'],
    ['{"checks":[{"subjectId":"a"},{"__proto__":1}]}', 'checks[1].__proto__'],
    ['{"a":{"constructor":{"prototype":{"x":1}}}}', 'a.constructor.prototype'],
  ])('names the key secure-json-parse refuses in %s: %s', (text, path) => {
    expect(refusedBySecureJson(text)).toBe(true);
    expect(forbiddenKeyPath(JSON.parse(text))).toBe(path);
  });

  it.each([
    '{"constructor":"x"}',
    '{"constructor":{"name":"x"}}',
    '{"toString":1}',
    '[1,{"a":[null]}]',
    '"text"',
  ])('names nothing in %s, which secure-json-parse reads', (text) => {
    expect(refusedBySecureJson(text)).toBe(false);
    expect(forbiddenKeyPath(JSON.parse(text))).toBeNull();
  });
});
