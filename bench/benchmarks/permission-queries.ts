import { runChild, startService } from '../support/child';
import type { DecideTask } from './decide-worker';
import { bestOfRounds, cpuOf, generatorOf } from '../support/load';
import {
  bearer,
  freshDataDir,
  openSqliteStore,
  ServerProcess,
  startLedger,
  startLedgerOnCopy,
} from '../support/ledger-server';
import { limitRow, ratioRow, Row } from '../support/results';
import { seedSubjects } from '../support/seed';
import { SECONDS } from '../support/settings';
import { CHECKED_PURPOSES, subjectIdOf } from '../support/synthetic-history';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const SUBJECTS = 10_000;
export const EVENTS_PER_SUBJECT = 10;
export const CONNECTIONS = 32;

/**
 * `GET .../permissions/{purpose}` on 10k subjects of 10 events, beside a bare Fastify server answering a
 * constant JSON and headers of the same size (and, for the record, the same without the headers); then the
 * ledger's latency at half its measured rate, beside bare Fastify's at that rate.
 */
export async function permissionQueries(): Promise<Row[]> {
  const data = await freshDataDir();
  await seedPermissionStore(data.dir);
  const ledger = await startLedger({ LEDGER_DATA_DIR: data.dir });
  const sample = await fetch(ledger.baseUrl + permissionPaths()[0], { headers: bearer('system') });
  const body = await sample.json();
  const constantServer = join(__dirname, '../support/constant-server.ts');
  const constant = await startService<{ url: string; pid: number }>(constantServer, {
    body,
    headers: constantHeadersOf(sample),
  });
  const jsonOnly = await startService<{ url: string; pid: number }>(constantServer, { body, headers: {} });
  try {
    const [ours, bare, bareJsonOnly] = await bestOfRounds([
      { ...singleCheckLoad(ledger.baseUrl), serverPid: ledger.pid },
      { ...singleCheckLoad(constant.info.url), serverPid: constant.info.pid },
      singleCheckLoad(jsonOnly.info.url),
    ]);
    const halfRate = Math.round(ours.okPerSecond / 2);
    // Bare Fastify at the same rate: the tail that the machine and the load generator give any server, and
    // each server's CPU per answer when neither is the bottleneck (at full speed, the slower one also pays
    // for waking the load generator, which then waits on it).
    const [steady, bareSteady] = await bestOfRounds(
      [
        { url: ledger.baseUrl, serverPid: ledger.pid },
        { url: constant.info.url, serverPid: constant.info.pid },
      ].map(({ url, serverPid }) => ({ ...singleCheckLoad(url), serverPid, overallRate: halfRate })),
    );
    const batchRows = await checkBatches(ledger.baseUrl, data.dir);
    return [
      ratioRow(
        'GET permission, 10k subjects × 10 events',
        'req/s',
        ours.okPerSecond,
        {
          name: 'bare Fastify, constant JSON and headers',
          value: bare.okPerSecond,
        },
        0.8,
        'the ledger in its default configuration (request log on); ' +
          `server CPU per answer ${cpuOf(ours)}, bare Fastify's ${cpuOf(bare)}; ` +
          `against the same server without the ledger's headers: ${Math.round(bareJsonOnly.okPerSecond)} req/s, ` +
          `${(ours.okPerSecond / bareJsonOnly.okPerSecond).toFixed(2)}×`,
      ),
      limitRow(
        'GET permission p99 at half the max rate',
        'ms',
        steady.latencyMs.p99,
        'max',
        5,
        `${halfRate} req/s; p50 ${steady.latencyMs.p50} ms, p90 ${steady.latencyMs.p90} ms; ` +
          `bare Fastify at the same rate: p50 ${bareSteady.latencyMs.p50} ms, p99 ${bareSteady.latencyMs.p99} ms; ` +
          `server CPU per answer at this rate ${cpuOf(steady)}, bare Fastify's ${cpuOf(bareSteady)}; ` +
          `load generator busy ${generatorOf(steady)}`,
      ),
      ...batchRows,
    ];
  } finally {
    await constant.stop();
    await jsonOnly.stop();
    await ledger.kill();
    await data.remove();
  }
}

/** A single check on the synthetic subject `index`, of one of the purposes its file speaks about. */
export const permissionPath = (index: number) =>
  `/v1/subjects/${subjectIdOf(index)}/permissions/${CHECKED_PURPOSES[index % CHECKED_PURPOSES.length]}`;

/** The store the permission benchmarks ask, in `dataDir`: `SUBJECTS` subjects of `EVENTS_PER_SUBJECT` events. */
export async function seedPermissionStore(dataDir: string): Promise<void> {
  const store = await openSqliteStore(dataDir);
  await seedSubjects(store, SUBJECTS, () => EVENTS_PER_SUBJECT);
  await store.close();
}

/**
 * One server per entry of `variants` (a name and the environment it adds), each on its own copy of one seeded
 * permission store, for builds compared in the same run; all stopped and the copies removed after `measure`.
 */
export async function onPermissionStoreCopies<T>(
  variants: Record<string, Record<string, string>>,
  measure: (servers: ServerProcess[]) => Promise<T>,
): Promise<T> {
  const data = await freshDataDir();
  const servers: ServerProcess[] = [];
  try {
    const seeded = join(data.dir, 'seeded');
    await mkdir(seeded);
    await seedPermissionStore(seeded);
    for (const [name, env] of Object.entries(variants))
      servers.push(await startLedgerOnCopy(seeded, name, env));
    return await measure(servers);
  } finally {
    for (const server of servers) await server.kill();
    await data.remove();
  }
}

/** One single-check path per subject, so the load spreads over all of them. */
export const permissionPaths = () => Array.from({ length: SUBJECTS }, (_, i) => permissionPath(i));

/** Single checks on each of `servers`, in interleaved rounds, with each server's CPU time per answer. */
export const singleChecksOn = (servers: readonly ServerProcess[]) =>
  bestOfRounds(servers.map((server) => ({ ...singleCheckLoad(server.baseUrl), serverPid: server.pid })));

/** Single checks over every subject with the `system` key, on the server at `url`. */
export const singleCheckLoad = (url: string) => ({
  url,
  paths: permissionPaths(),
  headers: bearer('system'),
  connections: CONNECTIONS,
});

/** Headers that Fastify and Node set on every answer themselves, or that differ from answer to answer. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'content-length', 'content-type']);

/**
 * The ledger's response headers (security headers, rate-limit headers when limiting is on), for the baseline
 * to send too: the load generator parses every byte of an answer, and would otherwise spend less of its core
 * on the baseline's than on the ledger's, which is not a difference between the servers.
 */
function constantHeadersOf(sample: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  sample.headers.forEach((value, name) => {
    if (!PER_ANSWER.has(name)) headers[name] = value;
  });
  return headers;
}

export const BATCH = 1000;
const BATCH_CONNECTIONS = 4;

/** Ten batches of 1000 checks, spread over the subjects. */
const checkBatchesOf = () =>
  Array.from({ length: 10 }, (_, b) =>
    Array.from({ length: BATCH }, (_, i) => ({
      subjectId: subjectIdOf((b * BATCH + i * 7) % SUBJECTS),
      purpose: CHECKED_PURPOSES[i % CHECKED_PURPOSES.length],
    })),
  );

/** The load of `POST /v1/permissions/check` with those batches, on the ledger at `url`. */
export const checkBatchLoad = (url: string) => ({
  url,
  method: 'POST' as const,
  headers: { ...bearer('system'), 'content-type': 'application/json' },
  paths: ['/v1/permissions/check'],
  bodies: checkBatchesOf().map((checks) => JSON.stringify({ checks })),
  connections: BATCH_CONNECTIONS,
});

/** `POST /v1/permissions/check` with 1000 checks, beside `decide` in process over the same subjects. */
async function checkBatches(baseUrl: string, dataDir: string): Promise<Row[]> {
  const batches = checkBatchesOf();
  const [http] = await bestOfRounds([checkBatchLoad(baseUrl)]);
  const worker = join(__dirname, 'decide-worker.ts');
  const inProcess = await runChild<number>(worker, {
    kind: 'batches',
    seconds: SECONDS,
    dataDir,
    batches,
  } satisfies DecideTask);
  const single = await runChild<number>(worker, {
    kind: 'one-subject',
    seconds: SECONDS,
  } satisfies DecideTask);
  return [
    ratioRow(
      'POST /v1/permissions/check, 1000 checks',
      'decisions/s',
      http.okPerSecond * BATCH,
      {
        name: 'decide in process, same subjects',
        value: inProcess,
      },
      0.5,
    ),
    limitRow('decide in process, one 10-event subject', 'decisions/s', single, 'min', 1_000_000),
  ];
}
