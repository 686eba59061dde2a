import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bestOfRounds, LoadResult } from '../support/load';
import { bearer, freshDataDir, openSqliteStore, ServerProcess, startLedger } from '../support/ledger-server';
import { ratioRow, Row } from '../support/results';
import { seedSubjects } from '../support/seed';
import {
  BATCH,
  checkBatchLoad,
  CONNECTIONS,
  EVENTS_PER_SUBJECT,
  permissionPaths,
  SUBJECTS,
} from './permission-queries';

/** Switches fast paths off in the built server (see the file). */
const WITHOUT = join(__dirname, '../support/without-fast-path.js');

/** The built server on its own copy of the seeded data, without the fast paths named in `without`. */
async function variant(seeded: string, name: string, without: string): Promise<ServerProcess> {
  const dir = join(seeded, '..', name);
  await cp(seeded, dir, { recursive: true });
  if (!without) return startLedger({ LEDGER_DATA_DIR: dir });
  return startLedger({ LEDGER_DATA_DIR: dir, NODE_OPTIONS: `--require ${WITHOUT}`, BENCH_WITHOUT: without });
}

const cpuOf = ({ cpuMicrosPerAnswer: micros }: LoadResult) =>
  micros === undefined ? 'unknown' : `${Math.round(micros)} µs`;

/**
 * What each fast path pays (docs/performance.md), measured on the same build in the same run, on copies of
 * one seeded store: the server as it ships, without the permission lane, and without the acceptor derived
 * from the DTOs' rules (the lane takes its query through that acceptor, so that server is Nest and
 * class-validator alone). Single checks on all three, batches of 1000 checks with and without the acceptor.
 */
export async function fastPaths(): Promise<Row[]> {
  const data = await freshDataDir();
  const seeded = join(data.dir, 'seeded');
  await mkdir(seeded);
  const store = await openSqliteStore(seeded);
  await seedSubjects(store, SUBJECTS, () => EVENTS_PER_SUBJECT);
  await store.close();
  const servers: ServerProcess[] = [];
  try {
    for (const [name, without] of [
      ['shipped', ''],
      ['no-lane', 'lane'],
      ['no-acceptor', 'acceptor'],
    ]) {
      servers.push(await variant(seeded, name, without));
    }
    const [shipped, , noAcceptor] = servers;
    const single = { paths: permissionPaths(), headers: bearer('system'), connections: CONNECTIONS };
    const [fast, laneOff, neither] = await bestOfRounds(
      servers.map((server) => ({ ...single, url: server.baseUrl, serverPid: server.pid })),
    );
    const [batch, batchOff] = await bestOfRounds([
      { ...checkBatchLoad(shipped.baseUrl), serverPid: shipped.pid },
      { ...checkBatchLoad(noAcceptor.baseUrl), serverPid: noAcceptor.pid },
    ]);
    return [
      ratioRow(
        'GET permission, with the lane',
        'req/s',
        fast.okPerSecond,
        { name: 'the same build, lane off', value: laneOff.okPerSecond },
        1,
        `without the lane and the acceptor: ${Math.round(neither.okPerSecond)} req/s, ` +
          `${(fast.okPerSecond / neither.okPerSecond).toFixed(2)}×; server CPU per answer ` +
          `${cpuOf(fast)} with the lane, ${cpuOf(laneOff)} without, ${cpuOf(neither)} without either`,
      ),
      ratioRow(
        `POST /v1/permissions/check, ${BATCH} checks, with the acceptor`,
        'decisions/s',
        batch.okPerSecond * BATCH,
        { name: 'the same build, acceptor off', value: batchOff.okPerSecond * BATCH },
        1,
        `server CPU per batch ${cpuOf(batch)} with the acceptor, ${cpuOf(batchOff)} without`,
      ),
    ];
  } finally {
    for (const server of servers) await server.kill();
    await data.remove();
  }
}
