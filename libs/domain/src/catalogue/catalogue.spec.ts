import { CatalogueIndex } from './catalogue-index';
import { defaultCatalogue } from './default-catalogue';
import defaultCatalogueJson from './default-catalogue.json';
import { CatalogueError, parseCatalogue, parseCatalogueText } from './parse-catalogue';

/** Contract section 2: the default catalogue, the art. 30 record it carries, and what makes a file unusable. */
describe('catalogue', () => {
  const valid = () => JSON.parse(JSON.stringify(defaultCatalogueJson));
  const purpose = (id: string) => defaultCatalogue().purposes.find((p) => p.id === id);

  it('defaultCatalogue_HasTheFourteenPurposesOfTheContract', () => {
    const { purposes } = defaultCatalogue();
    expect(purposes.map((p) => p.id)).toEqual([
      'collection',
      'credit-check-sharing',
      'credit-management',
      'debtor-contact',
      'payouts',
      'rights-verification',
      'call-recording',
      'client-contract',
      'prospect-contact',
      'supplier-contact',
      'recruitment',
      'fiscal-retention',
      'statistics',
      'legal-claims',
    ]);
    expect(purposes.filter((p) => p.allowedUnderRestriction).map((p) => p.id)).toEqual([
      'rights-verification',
      'fiscal-retention',
      'legal-claims',
    ]);
  });

  it('defaultCatalogue_Art30_CarriesTheRecordOfProcessing', () => {
    const catalogue = defaultCatalogue();
    expect(catalogue.controller).toEqual({ name: 'Webcasso B.V.', contact: 'privacy@webcasso.nl' });
    expect(catalogue.recipients.map((r) => [r.id, r.kind])).toEqual([
      ['clients', 'client'],
      ['direct-pay-services', 'group-company'],
      ['bailiff', 'third-party'],
      ['processors', 'processor'],
    ]);
    expect(catalogue.notices).toEqual([
      {
        version: 'webcasso-2026-1',
        language: 'nl',
        publishedAt: '2026-01-01T00:00:00.000Z',
        purposes: catalogue.purposes.map((p) => p.id),
      },
    ]);
    expect(purpose('credit-check-sharing')).toMatchObject({
      subjectCategories: ['debtor'],
      recipients: ['direct-pay-services', 'processors'],
      profiling: true,
    });
    expect(purpose('legal-claims')?.recipients).toEqual(['bailiff', 'clients', 'processors']);
    expect(purpose('rights-verification')?.subjectCategories).toHaveLength(5);
    expect(catalogue.purposes.some((p) => p.solelyAutomatedDecisions)).toBe(false);
  });

  it('defaultCatalogue_Art5_1_e_CapsRetentionOfThreePurposes', () => {
    expect(
      defaultCatalogue()
        .purposes.filter((p) => p.maxDuration)
        .map((p) => [p.id, p.maxDuration]),
    ).toEqual([
      ['rights-verification', 'P1M'],
      ['recruitment', 'P1Y'],
      ['fiscal-retention', 'P7Y'],
    ]);
  });

  it('defaultCatalogue_Art17_3_OnlyFiscalRetentionAndLegalClaimsAreExempt', () => {
    expect(
      defaultCatalogue()
        .purposes.filter((p) => p.erasureExemption)
        .map((p) => [p.id, p.erasureExemption]),
    ).toEqual([
      ['fiscal-retention', 'legal-obligation'],
      ['legal-claims', 'legal-claims'],
    ]);
  });

  it('defaultCatalogue_Art21_ObjectionRulesFollowTheLaw', () => {
    const rules = Object.fromEntries(defaultCatalogue().purposes.map((p) => [p.id, p.objection]));
    expect(rules).toMatchObject({
      'prospect-contact': 'absolute',
      statistics: 'absolute',
      'legal-claims': 'claims',
      'credit-check-sharing': 'balancing',
      payouts: 'none',
    });
  });

  it('defaultCatalogue_Telecommunicatiewet11_7_ProspectEmailAndPhoneNeedConsent', () => {
    expect(purpose('prospect-contact')?.consentRequiredFor).toEqual(['email', 'phone']);
  });

  it('defaultCatalogue_VersionIsAStableContentHash', () => {
    expect(defaultCatalogue().version).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(defaultCatalogue().version).toBe(parseCatalogue(valid(), 'other-name.json').version);
  });

  it('parseCatalogue_WhenContentChanges_VersionChanges', () => {
    const changed = valid();
    changed.recipients[0].name = 'something else';
    expect(parseCatalogue(changed, 'purposes.json').version).not.toBe(defaultCatalogue().version);
  });

  it('parseCatalogue_WhenFileGivesAVersion_KeepsIt', () => {
    expect(parseCatalogue({ ...valid(), version: '2026-11' }, 'purposes.json').version).toBe('2026-11');
  });

  it('parseCatalogue_ControllerIsOptional', () => {
    const json = valid();
    delete json.controller;
    expect(parseCatalogue(json, 'purposes.json').controller).toBeUndefined();
  });

  type Json = { purposes: Record<string, unknown>[]; [key: string]: any };
  type Edit = (json: Json) => void;
  it.each<[string, Edit]>([
    ['purposes[3].legalBases[0]: must be one of consent', (j) => void (j.purposes[3].legalBases = ['foo'])],
    ['purposes[1].id: duplicate "collection"', (j) => void (j.purposes[1].id = 'collection')],
    ['purposes[0].id: must be a non-empty id', (j) => void (j.purposes[0].id = 'Collection')],
    ['purposes[0].id: must be a non-empty id', (j) => void (j.purposes[0].id = '')],
    ['purposes[0].id: must be a non-empty id', (j) => void (j.purposes[0].id = 'x'.repeat(129))],
    ['purposes[0].legalBases: must be a non-empty list', (j) => void (j.purposes[0].legalBases = [])],
    [
      'purposes[0].legalBases[1]: duplicate "contract"',
      (j) => void (j.purposes[0].legalBases = ['contract', 'contract']),
    ],
    [
      'purposes[0].objection: must be one of none, balancing, claims, absolute',
      (j) => void (j.purposes[0].objection = 'maybe'),
    ],
    [
      'purposes[0].allowedUnderRestriction: must be a boolean',
      (j) => void (j.purposes[0].allowedUnderRestriction = 'no'),
    ],
    ['purposes[0].dataCategories: must be a non-empty list', (j) => void delete j.purposes[0].dataCategories],
    [
      'purposes[0].dataCategories[0]: must be a non-empty string',
      (j) => void (j.purposes[0].dataCategories = [7]),
    ],
    [
      'purposes[11].maxDuration: must be an ISO 8601 duration',
      (j) => void (j.purposes[11].maxDuration = '7 years'),
    ],
    ['purposes[0].description: must be a string', (j) => void delete j.purposes[0].description],
    ['purposes[2]: unknown field "owner"', (j) => void (j.purposes[2].owner = 'dpo')],
    ['purposes[2]: must be an object', (j) => void ((j.purposes as unknown[])[2] = 'statistics')],
    ['purposes: must be a non-empty list', (j) => void (j.purposes = [])],
    [': unknown field "purpose"', (j) => void (j.purpose = [])],
    ['version: must be a non-empty string', (j) => void (j.version = '')],
    [
      'purposes[0].subjectCategories[0]: must be one of debtor',
      (j) => void (j.purposes[0].subjectCategories = ['cat']),
    ],
    ['purposes[0].profiling: must be a boolean', (j) => void delete j.purposes[0].profiling],
    ['purposes[0].erasureExemption: must be one of', (j) => void (j.purposes[0].erasureExemption = 'always')],
    ['recipients[1].kind: must be one of client', (j) => void (j.recipients[1].kind = 'friend')],
    ['recipients[1].id: duplicate "clients"', (j) => void (j.recipients[1].id = 'clients')],
    [
      'notices[0].publishedAt: must be an ISO 8601 date-time',
      (j) => void (j.notices[0].publishedAt = '2026'),
    ],
    ['notices[0].language: must be a language tag', (j) => void (j.notices[0].language = 'Dutch')],
    [
      'notices[0].purposes[0]: unknown purpose "marketing"',
      (j) => void (j.notices[0].purposes = ['marketing']),
    ],
    ['controller.contact: must be a non-empty string', (j) => void (j.controller.contact = ' ')],
  ])('parseCatalogue_WhenFaulty_MessageNamesFileAndFault: %s', (fault, edit) => {
    const json = valid();
    edit(json);
    expect(() => parseCatalogue(json, 'purposes.json')).toThrow(CatalogueError);
    expect(() => parseCatalogue(json, 'purposes.json')).toThrow(
      `purposes.json${fault.startsWith(':') ? '' : ': '}${fault}`,
    );
  });

  /** The checks of version 2: each keeps a catalogue from promising something the law or the file cannot keep. */
  it.each<[string, string, Edit]>([
    [
      'a purpose naming a recipient the catalogue does not list (art. 30(1)(d))',
      'purposes[1].recipients[0]: unknown recipient "credit-bureau"',
      (j) => void (j.purposes[1].recipients = ['credit-bureau']),
    ],
    [
      'objection none beside legitimate interests: an upheld objection would change nothing (art. 21(1))',
      'purposes[13].objection: must not be "none" while legitimate-interests or public-task is a legal basis',
      (j) => void (j.purposes[13].objection = 'none'),
    ],
    [
      'solely automated decisions without their art. 22(2) ground',
      'purposes[1].automatedDecisionGround: is required with solelyAutomatedDecisions (art. 22(2))',
      (j) => void (j.purposes[1].solelyAutomatedDecisions = true),
    ],
    [
      'an art. 22(2) ground whose basis the purpose does not allow: it could never be permitted',
      'purposes[1].automatedDecisionGround: "contract" needs contract among the legalBases',
      (j) =>
        void Object.assign(j.purposes[1], {
          solelyAutomatedDecisions: true,
          automatedDecisionGround: 'contract',
        }),
    ],
    [
      'consent required for a category the purpose does not use',
      'purposes[8].consentRequiredFor[0]: "cv" is not among the purpose\'s dataCategories',
      (j) => void (j.purposes[8].consentRequiredFor = ['cv']),
    ],
    [
      'consent required on a purpose that cannot rest on consent',
      'purposes[0].consentRequiredFor: needs consent among the legalBases',
      (j) => void (j.purposes[0].consentRequiredFor = ['email']),
    ],
  ])('parseCatalogue_v2_Refuses %s', (_why, fault, edit) => {
    const json = valid();
    edit(json);
    expect(() => parseCatalogue(json, 'purposes.json')).toThrow(`purposes.json: ${fault}`);
  });

  it.each([null, [], 'purposes'])('parseCatalogue_WhenNotAnObject_%p_Refuses', (json) => {
    expect(() => parseCatalogue(json, '/etc/ledger/purposes.json')).toThrow(
      '/etc/ledger/purposes.json: must be an object',
    );
  });

  it('parseCatalogueText_WhenBadJson_MessageNamesFile', () => {
    expect(() => parseCatalogueText('{ "purposes": [', 'purposes.json')).toThrow(
      /^purposes\.json: not valid JSON/,
    );
  });

  it('parseCatalogueText_WhenValid_ParsesIt', () => {
    expect(parseCatalogueText(JSON.stringify(valid()), 'purposes.json')).toEqual(defaultCatalogue());
  });

  it('CatalogueIndex_LooksUpPurposesCategoriesNoticesAndRecipients', () => {
    const index = new CatalogueIndex(defaultCatalogue());
    expect(index.purpose('fiscal-retention')?.maxDuration).toBe('P7Y');
    expect(index.purpose('newsletter')).toBeUndefined();
    expect([index.has('payouts'), index.has('newsletter')]).toEqual([true, false]);
    expect([index.hasCategory('id-copy'), index.hasCategory('dna')]).toEqual([true, false]);
    expect(index.purposes).toHaveLength(14);
    expect(index.notice('webcasso-2026-1')?.language).toBe('nl');
    expect(index.notice('webcasso-2025-9')).toBeUndefined();
    expect(index.recipient('bailiff')?.kind).toBe('third-party');
    expect([...index.categoriesOf(['fiscal-retention', 'rights-verification'])].sort()).toEqual([
      'bank-account',
      'id-copy',
      'invoice-amounts',
      'naw',
      'payments',
    ]);
  });
});
