import { bestOfRounds, cpuOf } from '../support/load';
import { without } from '../support/ledger-server';
import { ratioRow, Row } from '../support/results';
import { BATCH, checkBatchLoad, onPermissionStoreCopies, singleChecksOn } from './permission-queries';

/**
 * What each fast path pays (docs/performance.md), measured on the same build in the same run, on copies of
 * one seeded store: the server as it ships, without the permission lane, and without the acceptor derived
 * from the DTOs' rules (the lane takes its query through that acceptor, so that server is Nest and
 * class-validator alone), and without the lane with V8's allocation-site pretenuring left on (`v8-tuning.ts`
 * says why it is off: checks that wait for store reads; without the lane every check goes through the query bus
 * and waits, as on PostgreSQL, while the lane reads a subject not in memory at once on SQLite). Single checks on
 * all four, batches of 1000 checks with and without the acceptor.
 */
export const fastPaths = (): Promise<Row[]> =>
  onPermissionStoreCopies(
    {
      shipped: {},
      'no-lane': without('lane'),
      'no-acceptor': without('acceptor'),
      'no-lane-pretenuring': without('lane,v8-tuning'),
    },
    async (servers) => {
      const [shipped, , noAcceptor] = servers;
      const [fast, laneOff, neither, pretenuring] = await singleChecksOn(servers);
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
          'GET permission, lane off, V8 pretenuring off (as shipped)',
          'req/s',
          laneOff.okPerSecond,
          { name: "the same, pretenuring on (Node's default)", value: pretenuring.okPerSecond },
          1,
          `each server starts cold, and without the lane every check waits for its subject's read; server ` +
            `CPU per answer ${cpuOf(laneOff)} as shipped, ${cpuOf(pretenuring)} with pretenuring`,
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
    },
  );
