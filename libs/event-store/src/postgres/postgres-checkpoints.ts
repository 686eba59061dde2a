import { Pool } from 'pg';
import { assertCheckpointName, assertReadCheckpoint } from '../common/read-checkpoint';
import { ReadCheckpoint } from '../event-store.port';
import { BatchQueue } from './batch-queue';
import { PostgresSql } from './postgres-sql';
import { PostgresWrites } from './postgres-writes';

interface CheckpointSave {
  name: string;
  checkpoint: ReadCheckpoint;
}

/**
 * The store's read checkpoints. Saves go one batch at a time on a write connection of their own, so a state
 * of megabytes never holds up an append or a key put. Errors come back as the driver's; the store translates
 * them.
 */
export class PostgresCheckpoints {
  private readonly saves: BatchQueue<CheckpointSave, void>;

  constructor(
    private readonly sql: PostgresSql,
    private readonly pool: Pool,
    writes: PostgresWrites,
  ) {
    this.saves = new BatchQueue(
      (saves, deadline) =>
        writes.run(deadline, async (client) => {
          for (const { name, checkpoint } of saves) {
            await client.query(sql.saveCheckpoint, [name, checkpoint.position, checkpoint.state]);
          }
          return saves.map(() => ({ result: undefined }));
        }),
      { deadline: writes.deadline },
    );
  }

  async load(name: string): Promise<ReadCheckpoint | null> {
    assertCheckpointName(name);
    const { rows } = await this.pool.query<ReadCheckpoint>(this.sql.loadCheckpoint, [name]);
    return rows[0] ?? null;
  }

  save(name: string, checkpoint: ReadCheckpoint): Promise<void> {
    assertReadCheckpoint(name, checkpoint);
    // The fields as checked: the caller's object may change before its batch is written.
    const { position, state } = checkpoint;
    return this.saves.submit({ name, checkpoint: { position, state } });
  }
}
