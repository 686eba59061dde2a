import { CatalogueIndex } from '../catalogue/catalogue-index';
import { basis, t } from '../testing/events';
import { catalogue, given, NOW } from '../testing/specification';
import { LedgerCommand } from './command';

type EstablishBasis = Extract<LedgerCommand, { type: 'EstablishBasis' }>;

/** Contract section 5, "Evidence": what a basis must carry to be shown later (arts. 5(2), 7(1)). */
describe('EstablishBasis: evidence (arts. 5(2), 7(1))', () => {
  const NOTICE = 'webcasso-2026-1';
  const consent = (fields: Partial<EstablishBasis> = {}): LedgerCommand => ({
    type: 'EstablishBasis',
    basisId: 'b1',
    purpose: 'call-recording',
    legalBasis: 'consent',
    evidence: 'receipt 77',
    noticeVersion: NOTICE,
    ...fields,
  });

  it('establishBasis_Art7_1_ConsentWithReceiptAndNotice_RecordsTheNoticeVersion', () => {
    const { event } = given().when(consent()).thenAccepted();
    expect(event.data).toMatchObject({
      legalBasis: 'consent',
      evidence: 'receipt 77',
      noticeVersion: NOTICE,
    });
  });

  it.each<[string, Partial<EstablishBasis>, string[]]>([
    ['without its receipt', { evidence: undefined }, ['evidence']],
    ['with a blank receipt', { evidence: '   ' }, ['evidence']],
    ['without the notice the person saw', { noticeVersion: undefined }, ['noticeVersion']],
    ['without either', { evidence: undefined, noticeVersion: undefined }, ['evidence', 'noticeVersion']],
  ])('establishBasis_Art7_1_Consent %s_RefusesConsentProofRequired', (_case, fields, faults) => {
    given()
      .when(consent(fields))
      .thenRefused(
        'CONSENT_PROOF_REQUIRED',
        faults.map((field) => ({ field })),
      );
  });

  it.each<[EstablishBasis['legalBasis'], string]>([
    ['contract', 'collection'],
    ['legitimate-interests', 'credit-check-sharing'],
  ])('establishBasis_Art5_2_%sWithoutEvidence_RefusesEvidenceRequired', (legalBasis, purpose) => {
    given()
      .when({ type: 'EstablishBasis', basisId: 'b1', purpose, legalBasis })
      .thenRefused('EVIDENCE_REQUIRED', [{ field: 'evidence' }]);
  });

  it('establishBasis_Art5_2_LegalObligationNeedsNoEvidence_TheLawShowsIt', () => {
    given()
      .when({ type: 'EstablishBasis', basisId: 'b1', purpose: 'payouts', legalBasis: 'legal-obligation' })
      .thenAccepted();
  });

  it('establishBasis_Art7_1_UnknownNoticeVersion_RefusesUnknownNotice', () => {
    given()
      .when(consent({ noticeVersion: 'webcasso-1999-1' }))
      .thenRefused('UNKNOWN_NOTICE', [{ field: 'noticeVersion' }]);
  });

  it('establishBasis_Art7_1_ConsentGivenBeforeTheNoticeWasPublished_RefusesNoticeNotApplicable', () => {
    given()
      .when(consent({ occurredAt: t('2025-12-31'), validFrom: t('2025-12-31') }))
      .thenRefused('NOTICE_NOT_APPLICABLE', [{ field: 'noticeVersion' }]);
  });

  it('establishBasis_Art7_1_NoticeThatDoesNotCoverThePurpose_RefusesNoticeNotApplicable', () => {
    const narrow = {
      version: 'narrow',
      language: 'nl',
      publishedAt: t('2026-01-01'),
      purposes: ['collection'],
    };
    const withNarrow = new CatalogueIndex({
      ...catalogue.catalogue,
      notices: [...catalogue.catalogue.notices, narrow],
    });
    given()
      .when(consent({ noticeVersion: 'narrow' }), { catalogue: withNarrow })
      .thenRefused('NOTICE_NOT_APPLICABLE', [
        { field: 'noticeVersion', message: 'does not cover this purpose' },
      ]);
  });

  it('establishBasis_EDPB_05_2020_ConsentValidBeforeItWasGiven_RefusesConsentNotRetroactive', () => {
    given()
      .when(consent({ validFrom: t('2026-11-01') }))
      .thenRefused('CONSENT_NOT_RETROACTIVE', [{ field: 'validFrom' }]);
  });

  it('establishBasis_EDPB_05_2020_ConsentBackDatedToWhenItWasGiven_Accepts', () => {
    given()
      .when(consent({ occurredAt: t('2026-11-01') }))
      .then(
        {
          type: 'BasisEstablished',
          data: {
            basisId: 'b1',
            purpose: 'call-recording',
            legalBasis: 'consent',
            evidence: 'receipt 77',
            noticeVersion: NOTICE,
            validFrom: t('2026-11-01'),
          },
        },
        t('2026-11-01'),
      );
  });

  it('establishBasis_ContractBackDatedValidFrom_StaysAllowed (only consent cannot be retroactive)', () => {
    given()
      .when({
        type: 'EstablishBasis',
        basisId: 'b1',
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'claim 4711',
        validFrom: t('2025-01-01'),
      })
      .thenAccepted();
  });

  it('establishBasis_Section5_CatalogueRulesAnswerBeforeEvidenceRules_EvidenceBeforeTheRest', () => {
    given()
      .when({ type: 'EstablishBasis', basisId: 'b1', purpose: 'collection', legalBasis: 'consent' })
      .thenRefused('BASIS_NOT_ALLOWED');
    given()
      .when({
        type: 'EstablishBasis',
        basisId: 'b1',
        purpose: 'collection',
        legalBasis: 'contract',
        occurredAt: '2026-11-24T11:00:00.000Z',
      })
      .thenRefused('EVIDENCE_REQUIRED');
  });
});

/** Contract section 2: a purpose's maximum duration caps every basis for it (art. 5(1)(e)). */
describe('EstablishBasis: retention (art. 5(1)(e))', () => {
  it.each([
    ['rights-verification', 'legal-obligation', 'P1M', t('2026-12-24')],
    ['recruitment', 'contract', 'P1Y', t('2027-11-24')],
  ] as const)('establishBasis_Art5_1_e_%s_LastsAtMost%s', (purpose, legalBasis, _max, until) => {
    const command: LedgerCommand = {
      type: 'EstablishBasis',
      basisId: 'b1',
      purpose,
      legalBasis,
      evidence: 'application 12',
      validFrom: t('2026-11-24'),
    };
    const { event } = given().when(command).thenAccepted();
    expect(event.data).toMatchObject({ validUntil: until });
    given()
      .when({ ...command, validUntil: `${until.slice(0, 10)}T00:00:00.001Z` })
      .thenRefused('INVALID_PERIOD', [{ field: 'validUntil' }]);
  });
});

/** Contract section 5: a withdrawal's reason must fit the basis it ends. */
describe('WithdrawBasis: reasons that fit', () => {
  const contract = basis('b1', 'collection', 'contract');
  const consent = basis('b2', 'call-recording', 'consent');

  it.each<[string, ReturnType<typeof basis>, string]>([
    ['consent-withdrawn on a contract', contract, 'b1'],
    ['contract-ended on a consent', consent, 'b2'],
  ])('withdrawBasis_Art7_3_%s_RefusesReasonNotApplicable', (name, established, basisId) => {
    const reason = name.startsWith('consent') ? 'consent-withdrawn' : 'contract-ended';
    given(established)
      .when({ type: 'WithdrawBasis', basisId, reason })
      .thenRefused('REASON_NOT_APPLICABLE', [{ field: 'reason' }]);
  });

  it.each(['no-longer-necessary', 'other'] as const)('withdrawBasis_%s_FitsAnyBasis', (reason) => {
    given(contract).when({ type: 'WithdrawBasis', basisId: 'b1', reason }).thenAccepted();
    given(consent).when({ type: 'WithdrawBasis', basisId: 'b2', reason }).thenAccepted();
  });

  it('withdrawBasis_Art7_3_ConsentWithdrawnOnConsent_Accepts', () => {
    given(consent)
      .when({ type: 'WithdrawBasis', basisId: 'b2', reason: 'consent-withdrawn', occurredAt: NOW })
      .thenAccepted();
  });
});
