import { isJsonMediaType } from './media-type';

describe('isJsonMediaType', () => {
  it.each([
    'application/json',
    'APPLICATION/JSON',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/json ; charset="utf-8"',
    'application/json;',
  ])('isJsonMediaType_%s_IsJson', (header) => {
    expect(isJsonMediaType(header)).toBe(true);
  });

  it.each([
    '',
    'text/plain',
    'text/',
    ';;;',
    'application/jsonx',
    'application/json-patch+json',
    'application/problem+json',
    'application/json, text/plain',
    'application/json; charset=latin1',
    'application/json; charset=utf-16',
    'application/json; foo=bar',
    'multipart/form-data; boundary=x',
  ])('isJsonMediaType_%s_IsNot', (header) => {
    expect(isJsonMediaType(header)).toBe(false);
  });
});
