import { MAX_DEPTH, MAX_FIELDS, shapeFault } from './request-shape';

/** A body as the JSON parser makes it, so that `__proto__` is a key like any other. */
const parsed = (json: string) => JSON.parse(json) as unknown;

const withFields = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, i]));
const nested = (levels: number): unknown => (levels === 0 ? 1 : [nested(levels - 1)]);

describe('shapeFault', () => {
  it.each([
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__defineGetter__',
    'isPrototypeOf',
    'constructor',
    '__proto__',
  ])('shapeFault_AKeyEveryObjectInherits_%s_IsRefusedByItsPath', (key) => {
    expect(shapeFault(parsed(`{"purposes":["collection"],"${key}":"x"}`))).toEqual({
      field: key,
      message: 'is not allowed',
    });
    expect(shapeFault(parsed(`{"checks":[{"subjectId":"a"},{"${key}":1}]}`))).toEqual({
      field: `checks[1].${key}`,
      message: 'is not allowed',
    });
  });

  it('shapeFault_OrdinaryKeysAndInheritedNamesAsValues_FindNoFault', () => {
    expect(
      shapeFault(parsed('{"purpose":"toString","checks":[{"subjectId":"valueOf"}],"colour":1}')),
    ).toBeNull();
    expect(shapeFault(undefined)).toBeNull();
  });

  it('finds no fault in a list of thousands of scalars, nor in an object of as many fields as allowed', () => {
    expect(shapeFault({ checks: Array(32_000).fill(1) })).toBeNull();
    expect(shapeFault({ checks: [withFields(MAX_FIELDS)] })).toBeNull();
    expect(shapeFault('not an object')).toBeNull();
  });

  it('refuses an object with more fields than any request has, named where it is', () => {
    expect(shapeFault(withFields(MAX_FIELDS + 1))).toEqual({
      field: 'body',
      message: `has more than ${MAX_FIELDS} fields`,
    });
    expect(shapeFault({ checks: [{}, withFields(MAX_FIELDS + 1)] })).toEqual({
      field: 'checks[1]',
      message: `has more than ${MAX_FIELDS} fields`,
    });
  });

  it('refuses a key that names a prototype, and nesting deeper than allowed, with the path to each', () => {
    const poisoned = { checks: [{ subjectId: 'd-1' }, JSON.parse('{"__proto__":{"admin":true}}')] };
    expect(shapeFault(poisoned)).toEqual({ field: 'checks[1].__proto__', message: 'is not allowed' });
    expect(shapeFault({ a: nested(MAX_DEPTH - 1) })).toBeNull();
    expect(shapeFault({ a: nested(MAX_DEPTH) })).toEqual({
      field: `a${'[0]'.repeat(MAX_DEPTH - 1)}`,
      message: `nests deeper than ${MAX_DEPTH} levels`,
    });
  });
});
