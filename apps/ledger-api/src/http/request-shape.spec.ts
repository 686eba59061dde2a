import { MAX_DEPTH, shapeFault } from './request-shape';

/** A body as the JSON parser makes it, so that `__proto__` is a key like any other. */
const parsed = (json: string) => JSON.parse(json) as unknown;

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

  it('shapeFault_NestingBeyondTheLimit_IsRefusedWhereItGoesTooDeep', () => {
    const deep = '{"a":'.repeat(MAX_DEPTH + 1) + '1' + '}'.repeat(MAX_DEPTH + 1);
    expect(shapeFault(parsed(deep))).toMatchObject({ message: `nests deeper than ${MAX_DEPTH} levels` });
  });
});
