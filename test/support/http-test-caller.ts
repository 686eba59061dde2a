import { RoleName, secretOf } from './test-keys';

export { secretOf, TEST_KEYS } from './test-keys';
export type { RoleName } from './test-keys';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Requests to a ledger over real HTTP with the test keys: the in-process harness and server processes alike. */
export abstract class HttpTestCaller {
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
