import { freshDataDir, openSqliteStore } from '../../bench/support/ledger-server';
import { seedSubjects } from '../../bench/support/seed';
import { subjectIdOf } from '../../bench/support/synthetic-history';
import { replayChanges } from '../support/change-stream-reader';
import { ServerProcess } from '../support/server-process';

const SUBJECTS = 2000;
const EVENTS_PER_SUBJECT = 10;
const REPLAYS = 3;
/** What a check may take while the replays run: a replay that held the event loop made it seconds. */
const CHECK_BOUND_MS = 200;

/**
 * The change stream under load, on the built server as a process of its own: a log of 20,000 events,
 * replayed from the start by consumers that read as fast as the socket delivers, must not hold up the
 * permission checks that the same process answers. On SQLite, which reads a page of the log without waiting
 * for I/O; on PostgreSQL every page read waits for the network, which gave checks their turn before too.
 */
describe('the change stream under load (SQLite)', () => {
  // A timing on a shared machine: another process's burst can cost one run its bound, where the stall this
  // guards against took seconds on every run. A second failure in a row is a failure.
  jest.retryTimes(1, { logErrorsBeforeRetry: true });
  let server: ServerProcess;
  let dataDir: { dir: string; remove: () => Promise<void> };
  let head: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    // Seeded through the store's own append path, before the server starts and rebuilds its read side.
    const store = await openSqliteStore(dataDir.dir);
    await seedSubjects(store, SUBJECTS, () => EVENTS_PER_SUBJECT);
    await store.close();
    server = await ServerProcess.start(
      { LEDGER_DATA_DIR: dataDir.dir, LEDGER_LOG_LEVEL: 'warn', LEDGER_RATE_LIMIT: '0' },
      60_000,
    );
    head = (await server.get('/health/ready', null)).body.position;
  }, 120_000);
  afterAll(async () => {
    await server?.kill();
    await dataDir?.remove();
  });

  it(`answers a check within ${CHECK_BOUND_MS} ms during ${REPLAYS} full replays of the log`, async () => {
    const replays = Promise.all(
      Array.from({ length: REPLAYS }, () =>
        replayChanges(server.baseUrl, { role: 'auditor', from: '0', lastId: head, timeoutMs: 90_000 }),
      ),
    );
    let replaying = true;
    void replays.finally(() => (replaying = false));
    const checks: { status: number; milliseconds: number }[] = [];
    const check = async () => {
      const started = performance.now();
      const { status } = await server.get(`/v1/subjects/${subjectIdOf(7)}/permissions/collection`);
      checks.push({ status, milliseconds: performance.now() - started });
    };
    while (replaying) {
      await check();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The first check after the replays too: a heartbeat held up by them made it a 503.
    await check();

    expect((await replays).map((replay) => replay.reachedEnd)).toEqual(Array(REPLAYS).fill(true));
    expect(checks.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(Math.max(...checks.map((answer) => answer.milliseconds))).toBeLessThan(CHECK_BOUND_MS);
  }, 120_000);
});
