import { CatalogueIndex } from './catalogue-index';
import { adoptionOf, CatalogueLog } from './catalogue-log';
import { defaultCatalogue } from './default-catalogue';

/** Contract section 2: the catalogue in force is the last one adopted in the log, not the file. */
describe('the catalogue in the log', () => {
  const adopted = (version: string, adoptedAt: string) => ({
    version,
    adoptedAt,
    position: '1',
    actor: { name: 'server', role: 'system' },
    catalogue: new CatalogueIndex({ ...defaultCatalogue(), version }),
  });

  it('adoptionOf_WhenNoCatalogueAdoptedYet_Adopts', () => {
    expect(adoptionOf([], 'v1')).toBe('adopt');
  });

  it('adoptionOf_WhenTheFileIsTheCatalogueInForce_AdoptsNothing', () => {
    expect(adoptionOf([{ version: 'v1' }, { version: 'v2' }], 'v2')).toBe('in-force');
  });

  it('adoptionOf_WhenTheFileIsNew_Adopts', () => {
    expect(adoptionOf([{ version: 'v1' }], 'v2')).toBe('adopt');
  });

  it('adoptionOf_WhenTheFileWasReplacedSince_NeverReadoptsIt (an old file on a lagging replica)', () => {
    expect(adoptionOf([{ version: 'v1' }, { version: 'v2' }], 'v1')).toBe('replaced');
  });

  it('CatalogueLog_DecidesWithTheLastAdopted_AndWithTheOneInForceAtAsOf', () => {
    const log = new CatalogueLog();
    expect(log.current).toBeUndefined();
    log.add(adopted('v1', '2026-01-01T00:00:00.000Z'));
    log.add(adopted('v2', '2026-06-01T00:00:00.000Z'));
    expect(log.current?.version).toBe('v2');
    expect(log.inForceAt(undefined)?.version).toBe('v2');
    expect(log.inForceAt('2026-05-31T23:59:59.999Z')?.version).toBe('v1');
    expect(log.inForceAt('2026-06-01T00:00:00.000Z')?.version).toBe('v2');
    expect(log.versions.map((entry) => entry.version)).toEqual(['v1', 'v2']);
  });

  it('CatalogueLog_BeforeTheFirstAdoption_TheFirstAdoptedApplies', () => {
    const log = new CatalogueLog();
    log.add(adopted('v1', '2026-01-01T00:00:00.000Z'));
    expect(log.inForceAt('2025-01-01T00:00:00.000Z')?.version).toBe('v1');
  });
});
