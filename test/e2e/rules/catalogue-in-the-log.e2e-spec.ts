import {
  changedCatalogue,
  purposeOf,
  retirePurpose,
  writeCatalogueFile,
} from '../../support/catalogue-files';
import { refusal } from '../../support/command-answers';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { temporaryDirectories } from '../../support/temporary-directories';
import { describeOnEachStore } from '../../support/test-stores';

const NEXT_VERSION = 'webcasso-2027-1';
const BALANCING_TEST = { legalBasis: 'legitimate-interests', evidence: 'balancing test BT-7' };

/**
 * The catalogue that decides is the last one adopted in the ledger's log, not the file a server starts with
 * (contract section 2): each start adopts a new version once, an old file never undoes a newer catalogue, and
 * what the ledger knew at a moment (`asOf`) includes the rules it had then (art. 5(2), 30). The tests tell one
 * story in order, restarting one ledger on its store with other catalogue files.
 */
describeOnEachStore('the catalogue in the log over HTTP', (store) => {
  let ledger: LedgerHarness;
  const temp = temporaryDirectories('catalogues');
  let catalogueDir: string;
  let nextFile: string;
  let firstVersion: string;
  /** A moment after the subjects below were recorded, before the next catalogue was adopted. */
  let beforeTheChange: string;
  const restricted = () => new SubjectOnLedger(ledger, 'restricted-debtor');
  const counted = () => new SubjectOnLedger(ledger, 'counted-debtor');
  const versions = async () => (await ledger.get('/v1/catalogue/versions', 'auditor')).body.versions;

  beforeAll(async () => {
    catalogueDir = await temp.make();
    // Statistics retired; credit checks may go on while restricted.
    const next = changedCatalogue(NEXT_VERSION, (catalogue) => {
      retirePurpose(catalogue, 'statistics');
      purposeOf(catalogue, 'credit-check-sharing').allowedUnderRestriction = true;
    });
    nextFile = await writeCatalogueFile(catalogueDir, 'purposes-2027.json', next);
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(async () => {
    await ledger.stop();
    await temp.removeAll();
  });

  it('adoptCatalogue_Art30_AStartingServerAdoptsItsCatalogue_OnceInTheLog', async () => {
    firstVersion = (await ledger.get('/v1/purposes')).body.version;
    const adopted = [
      {
        version: firstVersion,
        adoptedAt: expect.stringMatching(/^\d{4}-/),
        position: expect.stringMatching(/^\d+$/),
        actor: { name: expect.stringMatching(/^ledger-server@/), role: 'system' },
      },
    ];
    expect(await versions()).toEqual(adopted);
    await ledger.restart();
    expect(await versions()).toEqual(adopted);
  });

  it('adoptCatalogue_Art30_ARestartWithAChangedFile_AdoptsIt_Once', async () => {
    await restricted().establish({ purpose: 'credit-check-sharing', ...BALANCING_TEST });
    await restricted().command('restrictions', {
      ground: 'accuracy-contested',
      purposes: ['credit-check-sharing'],
    });
    await counted().establish({ purpose: 'statistics', ...BALANCING_TEST });
    beforeTheChange = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    await ledger.restart({ purposesFile: nextFile });
    const adopted = await versions();
    expect(adopted.map((entry: any) => entry.version)).toEqual([firstVersion, NEXT_VERSION]);
    expect(adopted[1].adoptedAt > beforeTheChange).toBe(true);
    const inForce = (await ledger.get('/v1/purposes')).body;
    expect(inForce.version).toBe(NEXT_VERSION);
    expect(inForce.purposes.map((purpose: any) => purpose.id)).not.toContain('statistics');
    await ledger.restart();
    expect(await versions()).toHaveLength(2);
  });

  it('adoptCatalogue_Art5_2_ARestartWithTheOldCatalogue_DoesNotUndoTheNewOne', async () => {
    await ledger.restart({ purposesFile: undefined });
    expect((await versions()).map((entry: any) => entry.version)).toEqual([firstVersion, NEXT_VERSION]);
    expect((await ledger.get('/v1/purposes')).body.version).toBe(NEXT_VERSION);
  });

  it('purposes_Art5_2_AsOfBeforeTheChange_AnswersTheCatalogueThenInForce', async () => {
    const then = (await ledger.get(`/v1/purposes?asOf=${beforeTheChange}`)).body;
    expect(then.version).toBe(firstVersion);
    expect(then.purposes.map((purpose: any) => purpose.id)).toContain('statistics');
    expect(purposeOf(then, 'credit-check-sharing').allowedUnderRestriction).toBe(false);
    // Before the first adoption, the first adopted catalogue counts.
    expect((await ledger.get('/v1/purposes?asOf=2020-01-01T00:00:00Z')).body.version).toBe(firstVersion);
    expect((await ledger.get(`/v1/purposes?asOf=${new Date().toISOString()}`)).body.version).toBe(
      NEXT_VERSION,
    );
  });

  it('checkPermission_Art5_2_AsOfBeforeTheChange_DecidesByTheRulesThenInForce', async () => {
    const subject = restricted();
    expect(
      (await subject.decision('credit-check-sharing')).reasons.map((reason: any) => reason.code),
    ).toEqual(['BASIS_ACTIVE', 'RESTRICTION_EXEMPT']);
    expect(await subject.reason('credit-check-sharing', `asOf=${beforeTheChange}`)).toBe('RESTRICTED');
    const batch = await ledger.post(
      '/v1/permissions/check',
      { checks: [{ subjectId: subject.id, purpose: 'credit-check-sharing' }], asOf: beforeTheChange },
      'system',
    );
    expect(batch.body.results[0].reasons[0].code).toBe('RESTRICTED');
    const history = await ledger.get(
      `${subject.path}/history?purpose=credit-check-sharing&asOf=${beforeTheChange}`,
      'auditor',
    );
    expect(history.body.changes.at(-1)).toMatchObject({
      permitted: false,
      reasons: [{ code: 'RESTRICTED' }],
    });
  });

  it('checkPermission_Art5_2_APurposeRetiredSince_IsStillDecidedAsOfBeforeItsRetirement', async () => {
    const subject = counted();
    expect(refusal(await ledger.get(`${subject.path}/permissions/statistics`))).toEqual({
      status: 404,
      code: 'UNKNOWN_PURPOSE',
    });
    expect(await subject.decision('statistics', `asOf=${beforeTheChange}`)).toMatchObject({
      purpose: 'statistics',
      permitted: true,
    });
    const purposesOf = async (query: string) =>
      (await ledger.get(`${subject.path}/permissions${query}`)).body.decisions.map((d: any) => d.purpose);
    expect(await purposesOf('')).not.toContain('statistics');
    expect(await purposesOf(`?asOf=${beforeTheChange}`)).toContain('statistics');
    // Commands are judged by the catalogue in force: the purpose is gone.
    const basis = await ledger.post(`${subject.path}/bases`, { purpose: 'statistics', ...BALANCING_TEST });
    expect(refusal(basis)).toEqual({ status: 400, code: 'UNKNOWN_PURPOSE' });
  });
});
