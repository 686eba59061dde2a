import { ApiKey } from '../../apps/ledger-api/src/auth/api-keys';

export const TEST_KEYS: ApiKey[] = [
  { name: 'collection-run', role: 'system', secret: 'system-secret-0123456789' },
  { name: 'back-office', role: 'operator', secret: 'operator-secret-0123456789' },
  { name: 'the-dpo', role: 'dpo', secret: 'dpo-secret-0123456789' },
  { name: 'external-auditor', role: 'auditor', secret: 'auditor-secret-0123456789' },
];

export type RoleName = 'system' | 'operator' | 'dpo' | 'auditor';

export const secretOf = (role: RoleName) => TEST_KEYS.find((key) => key.role === role)!.secret;

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Requests to a ledger over real HTTP with the test keys: the in-process harness and server processes alike. */
export abstract class LedgerClient {
  abstract readonly baseUrl: string;

  async request<T = any>(
    method: string,
    path: string,
    options: {
      role?: RoleName | null;
      body?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const role = options.role === undefined ? 'dpo' : options.role;
    if (role) headers.authorization = `Bearer ${secretOf(role)}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(this.baseUrl + path, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  get = <T = any>(path: string, role: RoleName | null = 'system') => this.request<T>('GET', path, { role });
  post = <T = any>(
    path: string,
    body: unknown,
    role: RoleName | null = 'dpo',
    headers?: Record<string, string>,
  ) => this.request<T>('POST', path, { role, body, headers });
}
