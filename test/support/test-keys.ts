import { ApiKey } from '../../apps/ledger-api/src/auth/api-keys';

/** One key per role, for servers started by tests and benchmarks (kept apart from the harness, which loads Nest). */
export const TEST_KEYS: ApiKey[] = [
  { name: 'collection-run', role: 'system', secret: 'system-secret-0123456789' },
  { name: 'back-office', role: 'operator', secret: 'operator-secret-0123456789' },
  { name: 'the-dpo', role: 'dpo', secret: 'dpo-secret-0123456789' },
  { name: 'external-auditor', role: 'auditor', secret: 'auditor-secret-0123456789' },
];

export type RoleName = 'system' | 'operator' | 'dpo' | 'auditor';

export const secretOf = (role: RoleName) => TEST_KEYS.find((key) => key.role === role)!.secret;
