import { Pool, PoolClient, PoolConfig } from 'pg';
import { StoreUnavailable } from '../event-store.port';

/** Beyond its statement timeout, how long a query waits for a server that does not answer at all. */
const UNRESPONSIVE_GRACE_MS = 1000;

/** Appends, key puts and checkpoint saves each go one batch at a time, on connections of their own. */
const WRITE_POOL_SIZE = 3;

/**
 * A pool whose every statement, and every lock it waits for, ends after `timeoutMs` on the server (57014,
 * 55P03), whose connections are waited for as long, and whose client gives up on a server that does not
 * answer at all shortly after.
 */
export function boundedPoolConfig(connectionString: string, timeoutMs: number): PoolConfig {
  return {
    connectionString,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    lock_timeout: timeoutMs,
    query_timeout: timeoutMs + UNRESPONSIVE_GRACE_MS,
  };
}

/**
 * The store's writes, on a pool of their own so that readers never wait for a connection behind them nor
 * inherit their settings. Each batch's statements, and the locks they wait for, end at the batch's deadline.
 */
export class PostgresWrites {
  private readonly pool: Pool;

  constructor(
    connectionString: string,
    private readonly timeoutMs: number,
  ) {
    this.pool = new Pool({ ...boundedPoolConfig(connectionString, timeoutMs), max: WRITE_POOL_SIZE });
    // An idle connection that dies (server restart) is reported here; the pool replaces it on next use.
    this.pool.on('error', () => undefined);
  }

  /** The deadline of a write queue: a write not sent within the timeout is refused, as the store's fault. */
  get deadline() {
    return {
      ms: this.timeoutMs,
      late: () =>
        new StoreUnavailable(`the PostgreSQL event store took no write within ${this.timeoutMs} ms`),
    };
  }

  /** Runs a batch's writes; `deadline` (epoch milliseconds) bounds each statement, default the timeout from now. */
  run<T>(deadline: number | undefined, work: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      const left = Math.max(1, Math.floor((deadline ?? Date.now() + this.timeoutMs) - Date.now()));
      await client.query(
        "SELECT set_config('statement_timeout', $1, false), set_config('lock_timeout', $1, false)",
        [String(left)],
      );
      return work(client);
    });
  }

  /** A maintenance statement that may run long once it has its locks, which it waits `lockTimeoutMs` for. */
  runUnbounded(statement: string, lockTimeoutMs: number): Promise<void> {
    return this.withClient(async (client) => {
      // Statement by statement: VACUUM may not run in the implicit transaction of a multi-statement query.
      await client.query('SET statement_timeout = 0');
      await client.query(`SET lock_timeout = ${lockTimeoutMs}`);
      await client.query(statement);
    });
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  /** A connection that failed is dropped rather than reused: its state after a timeout is not known. */
  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let failure: Error | undefined;
    // A connection cut between two statements reports it as an event: unheard, it would end the process.
    const cut = (error: Error) => (failure ??= error);
    client.on('error', cut);
    try {
      return await work(client);
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off('error', cut);
      client.release(failure);
    }
  }
}
