import { SetMetadata } from '@nestjs/common';
import { Role } from './roles';

export const ROLES_KEY = 'ledger:roles';
export const PUBLIC_KEY = 'ledger:public';

/** The roles that may call a route. A route without it (and not public) is refused to everyone. */
export const Allow = (roles: readonly Role[]) => SetMetadata(ROLES_KEY, roles);

/** Health, served without a key; and the metrics, whose handler admits its own token (`MetricsAccess`). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
