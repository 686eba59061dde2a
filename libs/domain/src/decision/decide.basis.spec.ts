import { PurposeDefinition } from '../catalogue/purpose';
import { LEGAL_BASES, LegalBasis } from '../events';
import { basis, t, withdrawn } from '../testing/events';
import { given, NOW } from '../testing/specification';

/** Contract section 4, steps 3 and 5: which basis is active, and which one the answer relies on. */
describe('decide: basis (art. 6(1))', () => {
  const from = t('2026-01-01');
  const until = t('2026-06-01');

  it('decide_WhenSubjectUnknown_DeniesNoBasisWithoutEventId', () => {
    const verdict = given().whenDeciding('collection', NOW).thenDenied('NO_BASIS');
    expect(verdict).toEqual({
      purpose: 'collection',
      permitted: false,
      reasons: verdict.reasons,
      basis: null,
      at: NOW,
    });
  });

  it('decide_WhenBasisActive_PermitsNamingTheBasis', () => {
    const verdict = given(
      basis('b1', 'collection', 'contract', { validFrom: from, validUntil: t('2027-01-01') }),
    )
      .whenDeciding('collection', NOW)
      .thenPermitted('b1');
    expect(verdict.basis).toEqual({
      basisId: 'b1',
      legalBasis: 'contract',
      eventId: 'BasisEstablished:b1',
      validFrom: from,
      validUntil: t('2027-01-01'),
    });
    expect(verdict.reasons[0]).toMatchObject({ eventId: 'BasisEstablished:b1' });
  });

  it('decide_WhenBasisHasNoEnd_BasisOmitsValidUntil', () => {
    const { verdict } = given(basis('b1', 'collection', 'contract')).whenDeciding('collection', NOW);
    expect(verdict.basis).not.toHaveProperty('validUntil');
  });

  it('decide_WhenAtIsValidFrom_Permits', () => {
    given(basis('b1', 'collection', 'contract', { validFrom: from }))
      .whenDeciding('collection', from)
      .thenPermitted('b1');
  });

  it('decide_WhenAtBeforeValidFrom_DeniesNoBasis', () => {
    given(basis('b1', 'collection', 'contract', { validFrom: NOW, at: from }))
      .whenDeciding('collection', t('2026-11-23'))
      .thenDenied('NO_BASIS');
  });

  it('decide_WhenAtIsValidUntil_DeniesBasisExpired', () => {
    given(basis('b1', 'collection', 'contract', { validUntil: until }))
      .whenDeciding('collection', until)
      .thenDenied('BASIS_EXPIRED', 'BasisEstablished:b1');
  });

  it('decide_WhenBasisWithdrawnByAt_DeniesBasisWithdrawn', () => {
    given(
      basis('b1', 'call-recording', 'consent'),
      withdrawn('b1', 'call-recording', { at: t('2026-03-01') }),
    )
      .whenDeciding('call-recording', t('2026-03-01'))
      .thenDenied('BASIS_WITHDRAWN', 'BasisWithdrawn:b1');
  });

  it('decide_WhenBasisWithdrawnAfterAt_Permits', () => {
    given(
      basis('b1', 'call-recording', 'consent'),
      withdrawn('b1', 'call-recording', { at: t('2026-03-01') }),
    )
      .whenDeciding('call-recording', t('2026-02-28'))
      .thenPermitted('b1');
  });

  it('decide_WhenOneBasisWithdrawnAndAnotherExpired_DeniesBasisWithdrawn', () => {
    given(
      basis('b1', 'collection', 'contract', { validUntil: until }),
      basis('b2', 'collection', 'legitimate-interests'),
      withdrawn('b2', 'collection', { at: t('2026-02-01') }),
    )
      .whenDeciding('collection', NOW)
      .thenDenied('BASIS_WITHDRAWN', 'BasisWithdrawn:b2');
  });

  it('decide_WhenOneBasisExpiredButAnotherActive_PermitsOnTheActiveOne', () => {
    given(
      basis('b1', 'collection', 'contract', { validUntil: until }),
      basis('b2', 'collection', 'legitimate-interests'),
    )
      .whenDeciding('collection', NOW)
      .thenPermitted('b2');
  });

  it('decide_WhenBasisIsForAnotherPurpose_DeniesNoBasis', () => {
    given(basis('b1', 'payouts', 'contract'))
      .whenDeciding('collection', NOW)
      .thenDenied('NO_BASIS');
  });

  it('decide_WhenCatalogueNoLongerAllowsTheLegalBasis_DeniesNoBasis', () => {
    given(basis('b1', 'collection', 'consent'))
      .whenDeciding('collection', NOW)
      .thenDenied('NO_BASIS');
  });

  it('decide_WhenSeveralBasesOfTheSameKind_ReliesOnTheLatest', () => {
    given(basis('b1', 'collection', 'contract'), basis('b2', 'collection', 'contract'))
      .whenDeciding('collection', NOW)
      .thenPermitted('b2');
  });

  describe('preference order', () => {
    const order: LegalBasis[] = [
      'legal-obligation',
      'contract',
      'vital-interests',
      'public-task',
      'consent',
      'legitimate-interests',
    ];
    const anything: PurposeDefinition = {
      id: 'anything',
      description: 'a purpose every legal basis can support',
      legalBases: [...LEGAL_BASES],
      objection: 'none',
      allowedUnderRestriction: false,
      dataCategories: ['naw'],
      subjectCategories: ['debtor'],
      recipients: [],
      profiling: false,
    };

    it.each(order.map((preferredBasis, i) => [preferredBasis, order.slice(i)] as const))(
      'decide_WhenBestActiveBasisIs_%s_ReliesOnIt',
      (preferredBasis, available) => {
        const bases = [...available].reverse().map((legalBasis) => basis(legalBasis, 'anything', legalBasis));
        const { verdict } = given(...bases).whenDeciding(anything, NOW);
        expect(verdict.basis?.legalBasis).toBe(preferredBasis);
      },
    );
  });
});
