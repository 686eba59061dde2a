import fc from 'fast-check';
import { duplicateKeyPath } from './duplicate-keys';

describe('duplicateKeyPath', () => {
  it.each([
    ['{"purposes":["collection"],"purposes":["statistics"]}', 'purposes'],
    ['{"checks":[{"subjectId":"a","purpose":"x"},{"purpose":"y","purpose":"z"}]}', 'checks[1].purpose'],
    ['{"a":{"b":[[1,2],{"c":1,"c":2}]}}', 'a.b[1].c'],
    ['[{"x":1},{"x":1,"x":2}]', '[1].x'],
    ['{"a":1,"\\u0061":2}', 'a'],
    ['{ "a" : 1 ,\n "a"\t: 2 }', 'a'],
  ])('duplicateKeyPath_%s_NamesTheKeyGivenTwice', (json, path) => {
    expect(duplicateKeyPath(json)).toBe(path);
  });

  it.each([
    '{"a":1,"b":{"a":1},"c":[{"a":1},{"a":2}]}',
    '{"a":"\\"a\\":1,","b":"}{][","c":"\\\\","a\\\\":1}',
    '{"text":"a\\":\\"a"}',
    '"a"',
    '[]',
    '{}',
  ])('duplicateKeyPath_%s_FindsNone', (json) => {
    expect(duplicateKeyPath(json)).toBeNull();
  });

  it('duplicateKeyPath_AnyJsonThatJsonStringifyWrites_FindsNone', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(duplicateKeyPath(JSON.stringify(value))).toBeNull();
        expect(duplicateKeyPath(JSON.stringify(value, null, 2))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('duplicateKeyPath_AKeyRepeatedAnywhereInAnyJson_IsFound', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), (object) => {
        const [key] = Object.keys(object);
        const json = JSON.stringify(object);
        const repeated = `${json.slice(0, -1)},${JSON.stringify(key)}:null}`;
        expect(duplicateKeyPath(`{"outer":[${repeated}]}`)).toBe(`outer[0].${key}`);
      }),
      { numRuns: 500 },
    );
  });
});
