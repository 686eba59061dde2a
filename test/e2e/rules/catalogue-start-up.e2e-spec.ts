import { PurposeCatalogue } from '@ledger/domain';
import { eventually } from '@ledger/event-store/testing/test-events';
import {
  changedCatalogue,
  purposeOf,
  retirePurpose,
  writeCatalogueFile,
} from '../../support/catalogue-files';
import { runLedgerCli } from '../../support/ledger-cli';
import { ServerProcess, storeEnv } from '../../support/server-process';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { temporaryDirectories } from '../../support/temporary-directories';
import { describeOnEachStore } from '../../support/test-stores';

const NEXT_VERSION = 'webcasso-2027-1';

/**
 * The catalogue as built servers start on one store, as replicas do (contract sections 2 and 8): a server is
 * ready only with the catalogue in force adopted and applied; every server decides with the last catalogue
 * adopted, whichever file it started with; the operator CLI replays with the catalogue in force then; a file
 * that breaks the catalogue's rules stops the start, naming the file and the fault.
 */
describeOnEachStore('catalogues as servers start, as processes', (store) => {
  jest.setTimeout(60_000);
  const temp = temporaryDirectories('catalogue-start');
  let dir: string;
  let env: Record<string, string>;
  let removeStore: () => Promise<void>;
  const servers: ServerProcess[] = [];
  const start = async (more: Record<string, string> = {}) => {
    const server = await ServerProcess.start({ ...env, ...more });
    servers.push(server);
    return server;
  };
  const inForce = async (server: ServerProcess) => (await server.get('/v1/purposes')).body.version;
  const adopted = async (server: ServerProcess) =>
    (await server.get('/v1/catalogue/versions')).body.versions.map((entry: any) => entry.version);

  beforeAll(async () => {
    dir = await temp.make();
    const created = await store.create();
    removeStore = created.remove;
    env = storeEnv(created.config, dir);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    await removeStore();
    await temp.removeAll();
  });

  it('startUp_Art30_Art5_2_EachServerIsReadyWithTheCatalogueInForce_TheLastAdopted_WhateverItsFile', async () => {
    const first = await start();
    const firstVersion = await inForce(first);
    expect(await adopted(first)).toEqual([firstVersion]);
    const counted = new SubjectOnLedger(first, 'counted-debtor');
    await counted.establish({ purpose: 'statistics', legalBasis: 'legitimate-interests', evidence: 'BT-7' });
    const beforeTheChange = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    const next = changedCatalogue(NEXT_VERSION, (catalogue) => {
      retirePurpose(catalogue, 'statistics');
    });
    const nextFile = await writeCatalogueFile(dir, 'purposes-2027.json', next);
    const second = await start({ LEDGER_PURPOSES_FILE: nextFile });
    // Ready means adopted and applied: its first answers already decide with its file's catalogue.
    expect(await adopted(second)).toEqual([firstVersion, NEXT_VERSION]);
    expect(await inForce(second)).toBe(NEXT_VERSION);
    // The first server switches at the same point of the log, though it started with the default.
    await eventually(async () => (await inForce(first)) === NEXT_VERSION, 15_000);

    const third = await start();
    expect(await inForce(third)).toBe(NEXT_VERSION);
    expect(await adopted(third)).toEqual([firstVersion, NEXT_VERSION]);
    // Log lines leave in batches, at least once a second.
    await eventually(async () => /adopted before and replaced since/.test(third.log), 5_000);

    const replay = (...args: string[]) =>
      runLedgerCli(['replay', 'counted-debtor', '--purpose', 'statistics', '--json', ...args], env);
    const then = await replay('--as-of', beforeTheChange);
    expect(then.code).toBe(0);
    expect(JSON.parse(then.stdout)).toMatchObject([{ purpose: 'statistics', permitted: true }]);
    expect(await replay()).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown purpose') });
  });

  /** `text` as a regular expression that matches it literally. */
  const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

  it.each([
    [
      'startUp_Art21_1_ObjectionNoneBesideLegitimateInterests_StopsTheStart_NamingTheFileAndTheFault',
      'no-objection.json',
      (catalogue: PurposeCatalogue) => (purposeOf(catalogue, 'collection').objection = 'none'),
      'purposes[0].objection: must not be "none" while legitimate-interests or public-task is a legal basis',
    ],
    [
      'startUp_Art30_1_d_AnUnknownRecipient_StopsTheStart_NamingTheFileAndTheFault',
      'debt-buyers.json',
      (catalogue: PurposeCatalogue) => purposeOf(catalogue, 'collection').recipients.push('debt-buyers'),
      'purposes[0].recipients[2]: unknown recipient "debt-buyers"',
    ],
  ])('%s', async (_, name, change, fault) => {
    const file = await writeCatalogueFile(dir, name, changedCatalogue(`broken-${name}`, change));
    const started = ServerProcess.start({ ...env, LEDGER_PURPOSES_FILE: file }, 15_000);
    await expect(started).rejects.toThrow(literally(`${file}: ${fault}`));
    // Nothing was adopted: the servers still running decide as before.
    expect(await adopted(servers[0])).toEqual([expect.any(String), NEXT_VERSION]);
  });
});
