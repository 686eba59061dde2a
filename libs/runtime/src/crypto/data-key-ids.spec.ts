import fc from 'fast-check';
import { SealingScope } from '@ledger/domain';
import { SUBJECT_ID } from '../subject-id';
import { dataKeyId, scopeOfText, scopeText } from './data-key-ids';

const subjectIds = fc.stringMatching(SUBJECT_ID);
const scopes: fc.Arbitrary<SealingScope> = fc.oneof(
  fc.nat().map((period) => ({ period })),
  fc.stringMatching(/^[a-z0-9-]{1,40}$/).map((purpose) => ({ purpose })),
);

describe('data key ids', () => {
  it('dataKeyId_PeriodZero_IsTheSubjectId_TheKeyDataSealedBeforeScopesWasSealedUnder', () => {
    expect(dataKeyId('debtor-1001', { period: 0 })).toBe('debtor-1001');
  });

  it('dataKeyId_EveryOtherScope_IsNamedAfterTheSubject', () => {
    expect(dataKeyId('debtor-1001', { period: 2 })).toBe('debtor-1001/period:2');
    expect(dataKeyId('debtor-1001', { purpose: 'fiscal-retention' })).toBe(
      'debtor-1001/purpose:fiscal-retention',
    );
  });

  it('dataKeyId_AScopedKey_IsNoSubjectsId', () => {
    fc.assert(
      fc.property(subjectIds, scopes, (subjectId, scope) => {
        fc.pre(!('period' in scope && scope.period === 0));
        expect(dataKeyId(subjectId, scope)).not.toMatch(SUBJECT_ID);
      }),
    );
  });

  it('dataKeyId_TwoSubjectsOrTwoScopes_NeverShareAKey', () => {
    fc.assert(
      fc.property(subjectIds, scopes, subjectIds, scopes, (subject1, scope1, subject2, scope2) => {
        fc.pre(subject1 !== subject2 || scopeText(scope1) !== scopeText(scope2));
        expect(dataKeyId(subject1, scope1)).not.toBe(dataKeyId(subject2, scope2));
      }),
    );
  });

  it('scopeOfText_ReadsBackTheScopeScopeTextWrote', () => {
    fc.assert(fc.property(scopes, (scope) => expect(scopeOfText(scopeText(scope))).toEqual(scope)));
  });

  it('scopeOfText_TextNoScopeHas_IsNull', () => {
    for (const text of ['period:01', 'period:-1', 'period:', 'purpose:', 'purpose:Fiscal', 'epoch:1', 'x']) {
      expect(scopeOfText(text)).toBeNull();
    }
  });
});
