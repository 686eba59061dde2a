import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { LedgerConfig } from '@ledger/runtime';
import { HttpTestCaller, TEST_KEYS } from './http-test-caller';

/** The built server, as `npm start` runs it; `test/global-setup.ts` builds it once per test run. */
export const SERVER_ENTRY = join(__dirname, '../../dist/apps/ledger-api/apps/ledger-api/src/main.js');

export const TEST_KEYS_ENV = TEST_KEYS.map((key) => `${key.name}:${key.role}:${key.secret}`).join(',');

/** The environment of a server process on the store `config` names (as a `TestStore` creates it), data in `dataDir`. */
export function storeEnv(config: Partial<LedgerConfig>, dataDir: string): Record<string, string> {
  const env: Record<string, string> = { LEDGER_DATA_DIR: dataDir };
  if (config.store) env.LEDGER_STORE = config.store;
  if (config.postgresUrl) env.LEDGER_POSTGRES_URL = config.postgresUrl;
  if (config.postgresSchema) env.LEDGER_POSTGRES_SCHEMA = config.postgresSchema;
  return env;
}

/** What a server process is started with beyond this one's environment; `undefined` leaves a variable out. */
export type ServerEnv = Record<string, string | undefined>;

/** This process's environment, with the test keys, and `env` over them (its `undefined`s left out). */
export function serverEnv(env: ServerEnv): Record<string, string> {
  const merged = { ...process.env, LEDGER_API_KEYS: TEST_KEYS_ENV, ...env };
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What a `ServerProcess` keeps of the process's output: all of it, or (`tail`) its last characters only. */
export interface OutputKept {
  tail?: number;
}

/** Text as it arrives, of which the last `limit` characters are kept; trimmed now and then, not per chunk. */
class OutputTail {
  private chunks: string[] = [];
  private length = 0;

  constructor(private readonly limit: number) {}

  add(chunk: string): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length > 2 * this.limit) {
      const kept = this.text;
      this.chunks = [kept];
      this.length = kept.length;
    }
  }

  get text(): string {
    const text = this.chunks.join('');
    return text.length > this.limit ? text.slice(-this.limit) : text;
  }
}

/** A real server process, for what only a process shows: crashes (SIGKILL), restarts, several replicas. */
export class ServerProcess extends HttpTestCaller {
  private readonly output: OutputTail;
  private readonly standardOutput: OutputTail;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    { tail = Infinity }: OutputKept,
  ) {
    super();
    this.output = new OutputTail(tail);
    this.standardOutput = new OutputTail(tail);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      this.output.add(chunk);
      this.standardOutput.add(chunk);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.output.add(chunk));
  }

  /**
   * Starts the server with `env` added to the test keys, and waits until it is ready. A server that logs every
   * request of a long load keeps only the tail of its output (`kept`).
   */
  static async start(env: ServerEnv, readyTimeoutMs = 20_000, kept: OutputKept = {}): Promise<ServerProcess> {
    const server = await ServerProcess.spawn(env, kept);
    await server.untilAnswering('/health/ready', readyTimeoutMs);
    return server;
  }

  /** Starts the server and waits until it listens, ready or not (a store it cannot read to the end, say). */
  static async startListening(env: ServerEnv, timeoutMs = 20_000): Promise<ServerProcess> {
    const server = await ServerProcess.spawn(env, {});
    await server.untilAnswering('/health/live', timeoutMs);
    return server;
  }

  private static async spawn(env: ServerEnv, kept: OutputKept): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: serverEnv({ ...env, PORT: String(port) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServerProcess(child, `http://127.0.0.1:${port}`, kept);
  }

  /** Its process id, for what is measured from outside (the bench reads its CPU time). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** What the process printed, on stdout and stderr, for a failing test's message. */
  get log(): string {
    return this.output.text;
  }

  /** What the process printed on stdout alone: its log lines. */
  get stdout(): string {
    return this.standardOutput.text;
  }

  /**
   * The processor time the process has used so far, in milliseconds (Linux's `/proc`, in 10 ms ticks): what a
   * request costs the server, whatever else the machine is doing.
   */
  get cpuMs(): number {
    const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Kills the process with `signal` and waits for it to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill(signal);
    await gone;
  }

  private async untilAnswering(path: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`the server exited before it was ready:\n${this.log}`);
      try {
        if ((await fetch(`${this.baseUrl}${path}`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.kill('SIGKILL');
    throw new Error(`the server did not answer ${path} within ${timeoutMs} ms:\n${this.log}`);
  }
}
