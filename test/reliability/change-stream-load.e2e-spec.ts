import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@ledger/event-store';
import { seedSubjects } from '../../bench/support/seed';
import { subjectIdOf } from '../../bench/support/synthetic-history';
import { replayChanges } from '../support/change-stream-reader';
import { ServerProcess, storeEnv } from '../support/server-process';
import { describeOnEachStore, TestStore } from '../support/test-stores';

const SUBJECTS = 2000;
const EVENTS_PER_SUBJECT = 10;
/** What a check may take while the replays run: a stalled event loop took seconds here. */
const CHECK_BOUND_MS = 200;
const REPLAYS = 3;

/**
 * The change stream under load, on the built server as a process of its own: a log of 20,000 events,
 * replayed from the start by consumers that read as fast as the socket delivers, must not hold up the
 * permission checks that the same process answers.
 */
describeOnEachStore('the change stream under load', (store: TestStore) => {
  let server: ServerProcess;
  let dataDir: string;
  let removeStore: () => Promise<void>;
  let head: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'basis-ledger-'));
    const created = await store.create();
    removeStore = created.remove;
    const env = storeEnv(created.config, dataDir);
    // Seeded through the store's own append path, before the server starts and rebuilds its read side.
    const seeding = createEventStore(env);
    await seeding.init();
    await seedSubjects(seeding, SUBJECTS, () => EVENTS_PER_SUBJECT);
    await seeding.close();
    server = await ServerProcess.start({ ...env, LEDGER_LOG_LEVEL: 'warn', LEDGER_RATE_LIMIT: '0' }, 60_000);
    head = (await server.get('/health/ready', null)).body.position;
  }, 120_000);
  afterAll(async () => {
    await server?.kill();
    await rm(dataDir, { recursive: true, force: true });
    await removeStore?.();
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
    // The first check after the replays too: a stalled heartbeat made it a 503.
    await check();

    const done = await replays;
    expect(done.map((replay) => replay.reachedEnd)).toEqual(Array(REPLAYS).fill(true));
    expect(checks.filter((answer) => answer.status !== 200)).toEqual([]);
    const slowest = Math.max(...checks.map((answer) => answer.milliseconds));
    expect(slowest).toBeLessThan(CHECK_BOUND_MS);
  }, 120_000);
});
