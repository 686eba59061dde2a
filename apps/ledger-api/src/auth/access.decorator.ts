import { SetMetadata } from '@nestjs/common';
import { Role } from './roles';

export const ROLES_KEY = 'ledger:roles';
export const PUBLIC_KEY = 'ledger:public';
export const STREAM_TOKEN_KEY = 'ledger:stream-token';

/** The roles that may call a route. A route without it (and not public) is refused to everyone. */
export const Allow = (roles: readonly Role[]) => SetMetadata(ROLES_KEY, roles);

/** Health, served without a key; and the metrics, whose handler admits its own token (`MetricsAccess`). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The change stream only: a `token` query parameter (`POST /v1/changes/tokens`) admits in place of the
 * `Authorization` header. On any other route a `token` admits nobody.
 */
export const AcceptStreamToken = () => SetMetadata(STREAM_TOKEN_KEY, true);
