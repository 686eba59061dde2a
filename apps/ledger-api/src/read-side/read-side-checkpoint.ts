import { Logger } from '@nestjs/common';
import { EventStore } from '@ledger/event-store';
import { ReadModel } from './read-model';

/**
 * The version of the checkpoint's shape. A checkpoint of another version is not restored: the read side then
 * replays the log once and saves one of this version. Raise it whenever a read model's saved state changes.
 */
export const CHECKPOINT_FORMAT = 1;

/** The checkpoint's name in the store. */
const CHECKPOINT = 'read-side';

/** The least time between two saves; a save costing more spaces the next ones further apart. */
const SAVE_EVERY_MS = 1000;
const SAVE_COST_FACTOR = 20;

interface Saved {
  format: number;
  models: Record<string, unknown>;
}

/**
 * The read side's checkpoint in the store: the read models' states and the position they reflect. Saved as the
 * log advances, at most once a second, never two at once; the subjects' histories are not in it, as every
 * subject's stream in the store already is its history (the read side reads it there when the subject is not
 * in memory).
 */
export class ReadSideCheckpoint {
  private readonly logger = new Logger(ReadSideCheckpoint.name);
  private saving: Promise<void> | null = null;
  private savedPosition = -1n;
  private nextSaveAt = 0;

  constructor(
    private readonly store: EventStore,
    private readonly models: readonly ReadModel[],
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Restores the read models from the checkpoint and returns its position; `null` (the log is to be applied
   * from its start) when there is none, it is of another format, or it lies beyond the log's head.
   */
  async restore(head: bigint): Promise<bigint | null> {
    const checkpoint = await this.store.loadCheckpoint(CHECKPOINT);
    if (!checkpoint) return null;
    const position = BigInt(checkpoint.position);
    const saved = JSON.parse(checkpoint.state) as Saved;
    const names = this.models.map((model) => model.checkpointName);
    if (
      saved.format !== CHECKPOINT_FORMAT ||
      position > head ||
      !names.every((name) => name in saved.models)
    ) {
      this.logger.warn(
        `the read side's checkpoint at position ${position} does not fit: the log is replayed`,
      );
      return null;
    }
    for (const model of this.models) model.restore(saved.models[model.checkpointName]);
    this.savedPosition = position;
    this.nextSaveAt = this.now() + SAVE_EVERY_MS;
    return position;
  }

  /** Saves the read models at `position` when the last save is done and long enough ago. */
  saveIfDue(position: bigint): void {
    if (this.saving || position <= this.savedPosition || this.now() < this.nextSaveAt) return;
    const started = this.now();
    this.saving = this.save(position).finally(() => {
      const cost = this.now() - started;
      this.nextSaveAt = this.now() + Math.max(SAVE_EVERY_MS, SAVE_COST_FACTOR * cost);
      this.saving = null;
    });
  }

  /** Waits for a save under way, then saves `position` if it is not saved yet: on shutdown. */
  async saveNow(position: bigint): Promise<void> {
    await this.saving;
    if (position > this.savedPosition) await this.save(position);
  }

  private async save(position: bigint): Promise<void> {
    const models: Record<string, unknown> = {};
    for (const model of this.models) models[model.checkpointName] = model.save();
    const state = JSON.stringify({ format: CHECKPOINT_FORMAT, models } satisfies Saved);
    try {
      await this.store.saveCheckpoint(CHECKPOINT, { position: position.toString(), state });
      this.savedPosition = position;
    } catch (error) {
      // A checkpoint not saved costs only a longer start: the next one is tried a second later.
      this.logger.warn(`the read side's checkpoint was not saved: ${(error as Error).message}`);
    }
  }
}
