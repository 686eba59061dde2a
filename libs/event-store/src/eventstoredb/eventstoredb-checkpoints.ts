import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  ErrorType,
  EventStoreDBClient,
  NO_STREAM,
  binaryEvent,
  jsonEvent,
} from '@eventstore/db-client';
import { replaces } from '../common/read-checkpoint';
import { ReadCheckpoint } from '../event-store.port';
import { errorType, isMissingStream } from './eventstoredb-errors';
import { readEvents } from './eventstoredb-reads';
import { LedgerStreams } from './eventstoredb-streams';

/** Well under the 1 MiB the server takes in one append by default (`MaxAppendSize`), envelope included. */
const PART_BYTES = 512 * 1024;

/** What the checkpoint's own stream records: where a save's state is, and at which position. */
interface SavedCheckpoint {
  position: string;
  stateStream: string;
  parts: number;
}

/**
 * Read checkpoints. A state of megabytes is more than the server takes in one append, so each save first
 * writes its state, in parts, to a stream of its own; then it records that stream and its position in the
 * checkpoint's stream (maxCount 1: the server keeps only the last record), at the revision it read there.
 * Savers racing on one name all re-read after a loser's wrong expected revision, and the one behind stops:
 * the most advanced checkpoint stays. The state a save replaced is deleted (soft: the server removes it at
 * its next scavenge). A save that fails halfway leaves a state stream no record points to: never read, it
 * takes space until deleted by hand.
 */
export class EventStoreDbCheckpoints {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly streams: LedgerStreams,
  ) {}

  async load(name: string): Promise<ReadCheckpoint | null> {
    let missingAt: bigint | null = null;
    for (;;) {
      const saved = await this.lastSaved(name);
      if (!saved) return null;
      const parts = await readEvents(this.client, saved.checkpoint.stateStream);
      if (parts?.length === saved.checkpoint.parts) {
        const bytes = Buffer.concat(parts.map((part) => part.event?.data as Uint8Array));
        return { position: saved.checkpoint.position, state: bytes.toString('utf8') };
      }
      // A newer save deleted this state while it was read: read again. Gone with no newer save, it is lost,
      // which only costs a replay of the log.
      if (missingAt === saved.revision) return null;
      missingAt = saved.revision;
    }
  }

  async save(name: string, checkpoint: ReadCheckpoint): Promise<void> {
    const stream = this.streams.checkpoint(name);
    let written: Pick<SavedCheckpoint, 'stateStream' | 'parts'> | null = null;
    for (;;) {
      const saved = await this.lastSaved(name);
      if (!replaces(saved?.checkpoint.position, checkpoint.position)) {
        if (written) await this.deleteState(written.stateStream);
        return;
      }
      written ??= await this.writeState(checkpoint.state);
      if (!saved) await this.client.setStreamMetadata(stream, { maxCount: 1 });
      const record: SavedCheckpoint = { position: checkpoint.position, ...written };
      try {
        await this.client.appendToStream(
          stream,
          jsonEvent({ type: 'ReadCheckpointSaved', data: { ...record } }),
          {
            expectedRevision: saved ? saved.revision : NO_STREAM,
          },
        );
      } catch (error) {
        if (errorType(error) === ErrorType.WRONG_EXPECTED_VERSION) continue;
        throw error;
      }
      if (saved) await this.deleteState(saved.checkpoint.stateStream);
      return;
    }
  }

  private async lastSaved(name: string): Promise<{ revision: bigint; checkpoint: SavedCheckpoint } | null> {
    const [last] =
      (await readEvents(this.client, this.streams.checkpoint(name), {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) ?? [];
    const event = last?.event;
    return event ? { revision: event.revision, checkpoint: event.data as unknown as SavedCheckpoint } : null;
  }

  /** Writes `state` to a new stream, one append per part (at least one, for an empty state). */
  private async writeState(state: string): Promise<Pick<SavedCheckpoint, 'stateStream' | 'parts'>> {
    const bytes = Buffer.from(state, 'utf8');
    const stateStream = this.streams.checkpointState(randomUUID());
    let parts = 0;
    do {
      const data = bytes.subarray(parts * PART_BYTES, (parts + 1) * PART_BYTES);
      await this.client.appendToStream(stateStream, binaryEvent({ type: 'ReadCheckpointPart', data }), {
        expectedRevision: parts === 0 ? NO_STREAM : BigInt(parts - 1),
      });
      parts++;
    } while (parts * PART_BYTES < bytes.length);
    return { stateStream, parts };
  }

  private async deleteState(stateStream: string): Promise<void> {
    try {
      await this.client.deleteStream(stateStream);
    } catch (error) {
      if (!isMissingStream(error)) throw error;
    }
  }
}
