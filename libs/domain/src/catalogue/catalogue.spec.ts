import { CatalogueIndex } from './catalogue-index';
import { defaultCatalogue } from './default-catalogue';
import defaultPurposes from './default-purposes.json';
import { CatalogueError, parseCatalogue, parseCatalogueText } from './parse-catalogue';

/** Contract section 2: the default catalogue, and what makes an operator's catalogue file unusable. */
describe('catalogue', () => {
  const valid = () => JSON.parse(JSON.stringify(defaultPurposes));

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
    expect(purposes.filter((p) => p.maxDuration)).toEqual([
      expect.objectContaining({ id: 'fiscal-retention', maxDuration: 'P7Y' }),
    ]);
  });

  it('defaultCatalogue_VersionIsAStableContentHash', () => {
    expect(defaultCatalogue().version).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(defaultCatalogue().version).toBe(parseCatalogue(valid(), 'other-name.json').version);
  });

  it('parseCatalogue_WhenContentChanges_VersionChanges', () => {
    const changed = valid();
    changed.purposes[0].description = 'something else';
    expect(parseCatalogue(changed, 'purposes.json').version).not.toBe(defaultCatalogue().version);
  });

  it('parseCatalogue_WhenFileGivesAVersion_KeepsIt', () => {
    expect(parseCatalogue({ ...valid(), version: '2026-11' }, 'purposes.json').version).toBe('2026-11');
  });

  type Edit = (json: { purposes: Record<string, unknown>[]; [key: string]: unknown }) => void;
  it.each<[string, Edit]>([
    [
      'purposes[3].legalBases[0]: unknown legal basis "foo"',
      (j) => void (j.purposes[3].legalBases = ['foo']),
    ],
    ['purposes[1].id: duplicate "collection"', (j) => void (j.purposes[1].id = 'collection')],
    ['purposes[0].id: must be a non-empty id', (j) => void (j.purposes[0].id = 'Collection')],
    ['purposes[0].id: must be a non-empty id', (j) => void (j.purposes[0].id = '')],
    ['purposes[0].legalBases: must be a non-empty list', (j) => void (j.purposes[0].legalBases = [])],
    [
      'purposes[0].legalBases[1]: duplicate "contract"',
      (j) => void (j.purposes[0].legalBases = ['contract', 'contract']),
    ],
    [
      'purposes[0].objection: must be one of absolute, balancing, none',
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
  ])('parseCatalogue_WhenFaulty_MessageNamesFileAndFault: %s', (fault, edit) => {
    const json = valid();
    edit(json);
    expect(() => parseCatalogue(json, 'purposes.json')).toThrow(CatalogueError);
    expect(() => parseCatalogue(json, 'purposes.json')).toThrow(
      `purposes.json${fault.startsWith(':') ? '' : ': '}${fault}`,
    );
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

  it('CatalogueIndex_LooksUpPurposesAndCategories', () => {
    const index = new CatalogueIndex(defaultCatalogue());
    expect(index.purpose('fiscal-retention')?.maxDuration).toBe('P7Y');
    expect(index.purpose('newsletter')).toBeUndefined();
    expect([index.has('payouts'), index.has('newsletter')]).toEqual([true, false]);
    expect([index.hasCategory('id-copy'), index.hasCategory('dna')]).toEqual([true, false]);
    expect(index.purposes).toHaveLength(14);
  });
});
