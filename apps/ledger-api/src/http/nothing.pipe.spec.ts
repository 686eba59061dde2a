import { Type } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { readLedgerConfig } from '@ledger/runtime';
import { LedgerModule } from '../app.module';
import { HealthController } from '../health/health.controller';
import { MetricsController } from '../metrics/metrics.controller';
import { RefusalException } from '../problems/refusal.exception';
import { NothingPipe } from './nothing.pipe';

/** Asked by the platform (probes, scrapers), which may add parameters of its own: they take none and ignore any. */
const PLATFORM_ROUTES: readonly Type[] = [HealthController, MetricsController];

/** Every route handler of `controller`, by name. */
const handlersOf = (controller: Type) =>
  Object.getOwnPropertyNames(controller.prototype).filter(
    (name) => Reflect.getMetadata(METHOD_METADATA, controller.prototype[name]) !== undefined,
  );

/** Whether the handler reads its query: through a DTO that refuses unknown parameters, or `NothingPipe`. */
const readsItsQuery = (controller: Type, handler: string) =>
  Object.keys(Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}).some((key) =>
    key.startsWith(`${RouteParamtypes.QUERY}:`),
  );

describe('NothingPipe', () => {
  it('noQuery_WhenNoParameterIsSent_PassesAnEmptyQuery', () => {
    expect(NothingPipe.transform({}, { type: 'query' })).toEqual({});
    expect(NothingPipe.transform(undefined, { type: 'body' })).toEqual({});
  });

  it('noQuery_WhenParametersAreSent_RefusesNamingEachAsAnUnknownField', () => {
    const refused = (() => {
      try {
        NothingPipe.transform({ at: '2020-01-01T00:00:00Z', x: '1' } as never, { type: 'query' });
      } catch (error) {
        return (error as RefusalException).refusal;
      }
    })();
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        { field: 'at', message: 'property at should not exist' },
        { field: 'x', message: 'property x should not exist' },
      ],
    });
  });

  it('everyRoute_ButThePlatforms_ReadsItsQuery_SoAnUnknownParameterIsRefusedNotIgnored', () => {
    const { controllers = [] } = LedgerModule.forRoot({ config: readLedgerConfig({}), keys: [] });
    const routes = controllers
      .filter((controller) => !PLATFORM_ROUTES.includes(controller))
      .flatMap((controller) => handlersOf(controller).map((handler) => ({ controller, handler })));
    expect(routes.length).toBeGreaterThan(30);
    const ignoring = routes
      .filter(({ controller, handler }) => !readsItsQuery(controller, handler))
      .map(({ controller, handler }) => `${controller.name}.${handler}`);
    expect(ignoring).toEqual([]);
  });
});
