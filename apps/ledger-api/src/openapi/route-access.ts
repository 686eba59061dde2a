import { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/access.decorator';
import { Role } from '../auth/roles';

/** Who may call a route: nobody's key needed (`public`), or the roles the guard lets through. */
export type RouteAccess = { public: true } | { public: false; roles: readonly Role[] };

/**
 * The access of every route, read from the same metadata the guard reads (`@Allow`, `@Public`), keyed by the
 * operation id the document generator gives it (`<Controller>_<method>`).
 */
export function routeAccess(app: INestApplication): Map<string, RouteAccess> {
  const access = new Map<string, RouteAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined)
          continue;
        const metadata = <T>(key: string): T | undefined =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, metatype);
        access.set(
          `${metatype.name}_${name}`,
          metadata<boolean>(PUBLIC_KEY)
            ? { public: true }
            : { public: false, roles: metadata<readonly Role[]>(ROLES_KEY) ?? [] },
        );
      }
    }
  }
  return access;
}
