import { INestApplication } from '@nestjs/common';
import {
  EXCEPTION_FILTERS_METADATA,
  GUARDS_METADATA,
  INTERCEPTORS_METADATA,
  PIPES_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApplicationConfig } from '@nestjs/core';

type Kind = 'guard' | 'pipe' | 'interceptor' | 'filter';

/** Global enhancers of each kind: registered with `app.useGlobal…()` or as `APP_…` providers. */
const GLOBAL: Record<Kind, (config: ApplicationConfig) => unknown[]> = {
  guard: (config) => [...config.getGlobalGuards(), ...config.getGlobalRequestGuards()],
  pipe: (config) => [...config.getGlobalPipes(), ...config.getGlobalRequestPipes()],
  interceptor: (config) => [...config.getGlobalInterceptors(), ...config.getGlobalRequestInterceptors()],
  filter: (config) => [...config.getGlobalFilters(), ...config.getGlobalRequestFilters()],
};

const METADATA: Record<Kind, string> = {
  guard: GUARDS_METADATA,
  pipe: PIPES_METADATA,
  interceptor: INTERCEPTORS_METADATA,
  filter: EXCEPTION_FILTERS_METADATA,
};

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
  factory?: { name: string };
}

/** A class, an instance, or Nest's wrapper of a request-scoped provider, by its class's name. */
function nameOf(enhancer: unknown): string {
  if (typeof enhancer === 'function') return enhancer.name;
  const wrapper = enhancer as { metatype?: { name?: string } | null; constructor: { name: string } };
  return wrapper.metatype?.name ?? wrapper.constructor.name;
}

/**
 * Everything Nest runs around one route's handler, one line each: the global guards, pipes, interceptors and
 * filters, the controller's and the handler's own, and the handler's parameters with their pipes. A lane
 * that answers the route without Nest (see `PermissionFastLane`) compares this with what it reproduces, so
 * an enhancer added later cannot be skipped unnoticed. Read after `NestFactory.create`, which applies the
 * `APP_…` providers; `null` when Nest's application config cannot be read.
 */
export function routeEnhancers(
  app: INestApplication,
  controller: new (...args: never[]) => object,
  method: string,
): string[] | null {
  // Nest keeps the global enhancers in its application config, which it does not expose.
  const config = (app as unknown as { config?: ApplicationConfig }).config;
  if (!(config instanceof ApplicationConfig)) return null;
  const handler = controller.prototype[method as keyof object] as object;
  const lines: string[] = [];
  for (const kind of Object.keys(GLOBAL) as Kind[]) {
    for (const enhancer of GLOBAL[kind](config)) lines.push(`global ${kind} ${nameOf(enhancer)}`);
    for (const [where, target] of [
      ['controller', controller],
      ['handler', handler],
    ] as const) {
      const own = (Reflect.getMetadata(METADATA[kind], target) ?? []) as unknown[];
      for (const enhancer of own) lines.push(`${where} ${kind} ${nameOf(enhancer)}`);
    }
  }
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    RouteArgument
  >;
  for (const [key, argument] of Object.entries(args)) lines.push(describeArgument(key, argument));
  return lines.sort();
}

function describeArgument(key: string, { index, data, pipes = [], factory }: RouteArgument): string {
  const source = factory
    ? `custom ${factory.name || 'decorator'}`
    : (RouteParamtypes[Number(key.split(':')[0])] ?? key).toLowerCase();
  const named = typeof data === 'string' ? ` ${data}` : '';
  const piped = pipes.length > 0 ? `, pipes ${pipes.map(nameOf).join(' ')}` : '';
  return `parameter ${index}: ${source}${named}${piped}`;
}
