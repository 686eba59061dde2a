import { evolve, foldSubject, SubjectState } from '@ledger/domain';
import { EventStore, GENESIS_HASH, StoredEvent } from '@ledger/event-store';
import { BoundedMap, toHistoryEvent } from '@ledger/runtime';
import { AppliedLog, READ_YOUR_WRITE_TIMEOUT_MS } from './read-your-write';

/** Subjects whose last append by this process is remembered: those written to now, not every subject. */
const REMEMBERED_HEADS = 10_000;

/** What a command is decided on: the subject's state, and the hash its event chains to. */
export interface Footing {
  state: SubjectState;
  prevHash: string;
}

/** The last event this process appended to a subject, as far as a command needs it. */
interface Head {
  position: string;
  hash: string;
  /** The subject's state after it. */
  state: SubjectState;
}

/**
 * The subject's footing: remembered from this process's last append to it, which needs no read, or folded
 * from its stream in the store. The store's revision check at append is the arbiter either way: an append by
 * another process that the read side has not applied yet makes an append on a remembered footing conflict.
 */
export class SubjectFootings {
  private readonly heads = new BoundedMap<string, Head>(REMEMBERED_HEADS);

  constructor(
    private readonly store: EventStore,
    private readonly readSide: AppliedLog,
  ) {}

  /**
   * What this process's last append to the subject left, while the read side, once it has applied that
   * append, shows no later one; `null` when nothing is remembered or something came after it.
   */
  async remembered(subjectId: string): Promise<Footing | null> {
    const head = this.heads.get(subjectId);
    if (!head || !(await this.readSide.waitFor(head.position, READ_YOUR_WRITE_TIMEOUT_MS))) return null;
    const applied = await this.readSide.historiesOf([subjectId]);
    if (applied.revision(subjectId) !== head.state.revision) return null;
    return { state: head.state, prevHash: head.hash };
  }

  /** The subject's stream as the store holds it now, folded. */
  async stored(subjectId: string): Promise<Footing> {
    const stream = await this.store.readStream(subjectId);
    return {
      state: foldSubject(stream.map(toHistoryEvent)),
      prevHash: stream.length > 0 ? stream[stream.length - 1].hash : GENESIS_HASH,
    };
  }

  /** Remembers what `event`, just appended by this process on a footing in `state`, leaves. */
  remember(event: StoredEvent, state: SubjectState): void {
    const { streamId, position, hash } = event;
    this.heads.set(streamId, { position, hash, state: evolve(state, toHistoryEvent(event)) });
  }

  /** Another process appended to the subject: what this one remembers of it is out of date. */
  forget(subjectId: string): void {
    this.heads.delete(subjectId);
  }
}
