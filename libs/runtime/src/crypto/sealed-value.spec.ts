import { formatSealedValue, parseSealedValue } from './sealed-value';

const sealed = Buffer.from('iv, tag and ciphertext of a note');
const base64 = sealed.toString('base64');

describe('sealed values', () => {
  it('formatSealedValue_NamesTheScopeBeforeTheSealedBytes', () => {
    expect(formatSealedValue({ scope: { purpose: 'fiscal-retention' }, sealed })).toBe(
      `enc:v2:purpose:fiscal-retention:${base64}`,
    );
    expect(formatSealedValue({ scope: { period: 1 }, sealed })).toBe(`enc:v2:period:1:${base64}`);
  });

  it('parseSealedValue_ReadsBackWhatWasFormatted', () => {
    for (const scope of [{ period: 0 }, { period: 12 }, { purpose: 'legal-claims' }]) {
      expect(parseSealedValue(formatSealedValue({ scope, sealed }))).toEqual({ scope, sealed });
    }
  });

  it('parseSealedValue_AValueSealedBeforeScopes_BelongsToPeriodZero', () => {
    expect(parseSealedValue(`enc:v1:${base64}`)).toEqual({ scope: { period: 0 }, sealed });
  });

  it('parseSealedValue_TextNeverSealed_IsNull', () => {
    expect(parseSealedValue('claim 2026-0042')).toBeNull();
    expect(parseSealedValue('enc:v3:period:1:' + base64)).toBeNull();
  });

  it('parseSealedValue_AMalformedSealedValue_Throws', () => {
    for (const value of [
      `enc:v2:${base64}`,
      `enc:v2:epoch:1:${base64}`,
      'enc:v2:period:1:not base64!',
      `enc:v1:${base64}:x`,
    ]) {
      expect(() => parseSealedValue(value)).toThrow();
    }
  });
});
