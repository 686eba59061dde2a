import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CallHandler,
  CanActivate,
  ExecutionContext,
  Logger,
  NestInterceptor,
  PipeTransform,
  UseGuards,
  UseInterceptors,
  UsePipes,
} from '@nestjs/common';
import { GUARDS_METADATA, INTERCEPTORS_METADATA, PIPES_METADATA } from '@nestjs/common/constants';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLedgerApp } from '../create-app';
import { laneGaps, PermissionFastLane } from './permission-fast-lane';
import { PermissionsController } from './permissions.controller';

const KEY = { name: 'collection-run', role: 'system', secret: 'system-secret-0123456789' } as const;
const PATH = '/v1/subjects/debtor-1/permissions/collection';

/** Enhancers a future change might add; each counts the requests it saw. */
const seen: string[] = [];
class AuditGuard implements CanActivate {
  canActivate(): boolean {
    seen.push('guard');
    return true;
  }
}
class TrimPipe implements PipeTransform {
  transform(value: unknown): unknown {
    seen.push('pipe');
    return value;
  }
}
class TimingInterceptor implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler) {
    seen.push('interceptor');
    return next.handle();
  }
}

/**
 * `GET .../permissions/{purpose}` is answered by a lane that reproduces, by hand, what Nest runs around the
 * controller (see `REPRODUCED`). These fail when Nest would run something the lane does not: add it to the
 * lane as docs/performance.md says, or the busiest route loses its lane.
 */
describe('the permission fast lane against what Nest runs around its route', () => {
  let dataDir: string;
  let app: NestFastifyApplication | undefined;
  const lane = jest.spyOn(PermissionFastLane.prototype, 'answer');
  const warn = jest.spyOn(Logger.prototype, 'warn');

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ledger-lane-'));
    app = await createLedgerApp({
      config: { port: 0, store: 'sqlite', dataDir, logLevel: 'error' },
      keys: [KEY],
    });
    seen.length = 0;
    lane.mockClear();
    warn.mockClear();
  });
  afterEach(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const ask = async () => {
    await app!.init();
    const headers = { authorization: `Bearer ${KEY.secret}` };
    return app!.getHttpAdapter().getInstance().inject({ method: 'GET', url: PATH, headers });
  };

  it('finds every guard, pipe, interceptor, filter and parameter Nest has for the route reproduced by the lane', async () => {
    expect(laneGaps(app!)).toEqual([]);
    const answer = await ask();
    expect(answer.statusCode).toBe(200);
    expect(lane.mock.results.map((result) => result.value)).toEqual([true]);
  });

  it.each([
    ['guard', (target: NestFastifyApplication) => target.useGlobalGuards(new AuditGuard())],
    ['pipe', (target: NestFastifyApplication) => target.useGlobalPipes(new TrimPipe())],
    [
      'interceptor',
      (target: NestFastifyApplication) => target.useGlobalInterceptors(new TimingInterceptor()),
    ],
  ])(
    'names a global %s it does not reproduce, and leaves the route to Nest, which runs it',
    async (kind, add) => {
      add(app!);
      expect(laneGaps(app!)).toEqual([
        expect.stringMatching(new RegExp(`^global ${kind} \\w+: .*REPRODUCED`)),
      ]);
      const answer = await ask();
      expect(answer.statusCode).toBe(200);
      expect(lane).not.toHaveBeenCalled();
      expect(seen).toContain(kind);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`global ${kind}`));
    },
  );

  it.each([
    ['guard', GUARDS_METADATA, UseGuards(AuditGuard)],
    ['pipe', PIPES_METADATA, UsePipes(TrimPipe)],
    ['interceptor', INTERCEPTORS_METADATA, UseInterceptors(TimingInterceptor)],
  ] as const)('names an added %s on the permissions controller or its handler', (kind, key, decorator) => {
    const handler = PermissionsController.prototype.one;
    for (const [where, target] of [
      ['controller', PermissionsController],
      ['handler', handler],
    ] as const) {
      const before: unknown = Reflect.getMetadata(key, target);
      if (where === 'controller') decorator(PermissionsController);
      else decorator(PermissionsController.prototype, 'one', { value: handler });
      try {
        expect(laneGaps(app!)).toEqual([expect.stringMatching(new RegExp(`^${where} ${kind} \\w+: `))]);
      } finally {
        if (before === undefined) Reflect.deleteMetadata(key, target);
        else Reflect.defineMetadata(key, before, target);
      }
    }
    expect(laneGaps(app!)).toEqual([]);
  });
});
