import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../../apps/ledger-api/src/clock';
import { LedgerConfig } from '../../apps/ledger-api/src/config/ledger-config';
import { createLedgerApp } from '../../apps/ledger-api/src/create-app';
import { RoleName, secretOf, TEST_KEYS } from './test-keys';

export { TEST_KEYS, secretOf } from './test-keys';
export type { RoleName } from './test-keys';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A ledger served over real HTTP on a free port, on a real store in a temporary data directory. */
export class LedgerHarness {
  private app?: NestFastifyApplication;
  baseUrl = '';

  private constructor(
    readonly dataDir: string,
    private readonly overrides: Partial<LedgerConfig>,
    private readonly clock?: Clock,
  ) {}

  static async start(overrides: Partial<LedgerConfig> = {}, clock?: Clock): Promise<LedgerHarness> {
    const dataDir = overrides.dataDir ?? (await mkdtemp(join(tmpdir(), 'basis-ledger-')));
    const harness = new LedgerHarness(dataDir, overrides, clock);
    await harness.boot();
    return harness;
  }

  private async boot(): Promise<void> {
    const config: LedgerConfig = { port: 0, store: 'sqlite', dataDir: this.dataDir, ...this.overrides };
    this.app = await createLedgerApp({ config, keys: TEST_KEYS, clock: this.clock }, ['error', 'warn']);
    await this.app.listen(0, '127.0.0.1');
    this.baseUrl = await this.app.getUrl();
    await this.untilReady();
  }

  /** Stops the server and starts a new one on the same data directory: the read side is rebuilt from the store. */
  async restart(): Promise<void> {
    await this.app?.close();
    await this.boot();
  }

  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    await this.app?.close();
    this.app = undefined;
    if (!options.keepData && !this.overrides.dataDir)
      await rm(this.dataDir, { recursive: true, force: true });
  }

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

  private async untilReady(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const ready = await fetch(this.baseUrl + '/health/ready');
      if (ready.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the ledger did not become ready');
  }
}

/** A clock the test sets. */
export class FixedClock extends Clock {
  constructor(public current: string) {
    super();
  }

  now(): string {
    return this.current;
  }
}
