import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock, LedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from '../../apps/ledger-api/src/create-app';
import { HttpTestCaller, TEST_KEYS } from './http-test-caller';
import { TEST_READ_CACHE_SUBJECTS } from './small-read-cache';
import { TestStore } from './test-stores';

export { secretOf, TEST_KEYS } from './http-test-caller';
export type { Answer, RoleName } from './http-test-caller';

/** A ledger served over real HTTP on a free port, on a real store in a temporary data directory. */
export class LedgerHarness extends HttpTestCaller {
  private app?: NestFastifyApplication;
  private removeStore: () => Promise<void> = async () => undefined;
  baseUrl = '';

  private constructor(
    readonly dataDir: string,
    private overrides: Partial<LedgerConfig>,
    private readonly clock?: Clock,
  ) {
    super();
  }

  static async start(overrides: Partial<LedgerConfig> = {}, clock?: Clock): Promise<LedgerHarness> {
    const dataDir = overrides.dataDir ?? (await mkdtemp(join(tmpdir(), 'basis-ledger-')));
    const harness = new LedgerHarness(dataDir, overrides, clock);
    await harness.boot();
    return harness;
  }

  /** A ledger on a new, empty store of the given kind, removed again by `stop()`; `config` adds to the store's. */
  static async startOn(
    store: TestStore,
    options: { clock?: Clock; config?: Partial<LedgerConfig> } = {},
  ): Promise<LedgerHarness> {
    const { config, remove } = await store.create();
    try {
      const harness = await LedgerHarness.start({ ...config, ...options.config }, options.clock);
      harness.removeStore = remove;
      return harness;
    } catch (error) {
      await remove();
      throw error;
    }
  }

  private async boot(): Promise<void> {
    const config: LedgerConfig = {
      port: 0,
      store: 'sqlite',
      dataDir: this.dataDir,
      readCacheSubjects: TEST_READ_CACHE_SUBJECTS,
      logLevel: 'warn',
      ...this.overrides,
    };
    this.app = await createLedgerApp({ config, keys: TEST_KEYS, clock: this.clock });
    await this.app.listen(0, '127.0.0.1');
    this.baseUrl = await this.app.getUrl();
    await this.untilReady();
  }

  /**
   * Stops the server and starts a new one on the same data directory and store, with `changes` to its
   * configuration (another catalogue file, say): the read side is rebuilt from the store.
   */
  async restart(changes: Partial<LedgerConfig> = {}): Promise<void> {
    await this.app?.close();
    this.overrides = { ...this.overrides, ...changes };
    await this.boot();
  }

  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    await this.app?.close();
    this.app = undefined;
    if (options.keepData) return;
    if (!this.overrides.dataDir) await rm(this.dataDir, { recursive: true, force: true });
    await this.removeStore();
  }

  /** A provider of the running application, e.g. the event store, for tests that inject faults into it. */
  provider<T>(token: string | symbol | (abstract new (...args: never[]) => T)): T {
    if (!this.app) throw new Error('the ledger is not running');
    return this.app.get<T>(token as never);
  }

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
