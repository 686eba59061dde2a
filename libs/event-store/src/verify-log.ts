import { EventStore, StoredEvent, UnreadableEvent } from './event-store.port';
import { GENESIS_HASH, hashEvent } from './hash-chain';
import { readLog } from './read-log';

/** What can be wrong with one event of the log. */
/** What can be wrong where the log breaks. */
export const LOG_PROBLEMS = [
  'position-not-increasing',
  'duplicate-event',
  'revision-gap',
  'revision-out-of-order',
  'broken-link',
  'hash-mismatch',
  'unreadable',
] as const;
export type LogProblem = (typeof LOG_PROBLEMS)[number];

export interface LogBreak {
  /** `null` only for an unreadable row whose stream or revision cannot be read either. */
  streamId: string | null;
  revision: number | null;
  position: string;
  problem: LogProblem;
  detail: string;
}

export interface LogVerification {
  valid: boolean;
  streams: number;
  events: number;
  /** The first breaks found, at most `maxBreaks`; `breakCount` counts them all. */
  breaks: LogBreak[];
  breakCount: number;
  /** The position of the last event read; `null` for an empty log. */
  headPosition: string | null;
}

export interface VerifyLogOptions {
  pageSize?: number;
  /** How many breaks to keep for the answer; default 100. */
  maxBreaks?: number;
  /** Told after every page: the events checked so far and the last position read. */
  onProgress?: (events: number, position: string) => void;
}

interface StreamHead {
  /** The revision the stream's next event must have. */
  next: number;
  hash: string;
}

/**
 * Checks the whole log as it is stored, in one pass: positions strictly increase, no event appears twice,
 * each stream's revisions come 0, 1, 2, ... in log order, and each event links to and hashes like its
 * predecessor. An event is reported once, with the first check it fails; the stream then continues from
 * it, so one tampered row is one break, not a cascade. Memory grows with streams and event ids, not pages.
 */
export class LogVerifier {
  private readonly heads = new Map<string, StreamHead>();
  private readonly eventIds = new Set<string>();
  private readonly found: LogBreak[] = [];
  private breakCount = 0;
  private events = 0;
  private lastPosition: bigint | null = null;
  private lastPositionText: string | null = null;

  constructor(private readonly maxBreaks = 100) {}

  check(event: StoredEvent): void {
    this.events++;
    const head = this.heads.get(event.streamId) ?? { next: 0, hash: GENESIS_HASH };
    const position = BigInt(event.position);
    const problem = this.problemOf(event, head, position);
    if (problem) this.report(event, ...problem);
    if (event.revision >= head.next)
      this.heads.set(event.streamId, { next: event.revision + 1, hash: event.hash });
    this.eventIds.add(event.eventId);
    this.advanceTo(position, event.position);
  }

  private advanceTo(position: bigint, text: string): void {
    if (this.lastPosition === null || position > this.lastPosition) {
      this.lastPosition = position;
      this.lastPositionText = text;
    }
  }

  /**
   * A stored row that is not an event any more: a break. When its stream, revision and hash can still be read,
   * its stream continues from it, so the next event of the stream is judged on its own.
   */
  checkUnreadable({ row, detail }: UnreadableEvent): void {
    this.events++;
    this.breakCount++;
    const { position, streamId, revision, hash } = row;
    if (this.found.length < this.maxBreaks) {
      this.found.push({ streamId, revision, position, problem: 'unreadable', detail });
    }
    if (streamId !== null && revision !== null && hash !== null) {
      const next = this.heads.get(streamId)?.next ?? 0;
      if (revision >= next) this.heads.set(streamId, { next: revision + 1, hash });
    }
    this.advanceTo(BigInt(position), position);
  }

  result(): LogVerification {
    return {
      valid: this.breakCount === 0,
      streams: this.heads.size,
      events: this.events,
      breaks: this.found,
      breakCount: this.breakCount,
      headPosition: this.lastPositionText,
    };
  }

  private problemOf(event: StoredEvent, head: StreamHead, position: bigint): [LogProblem, string] | null {
    if (this.lastPosition !== null && position <= this.lastPosition) {
      return ['position-not-increasing', `position ${event.position} comes after ${this.lastPositionText}`];
    }
    if (this.eventIds.has(event.eventId)) {
      return ['duplicate-event', `event ${event.eventId} appears in the log more than once`];
    }
    if (event.revision > head.next) {
      const missing =
        head.next === event.revision - 1 ? `${head.next} is` : `${head.next}..${event.revision - 1} are`;
      return ['revision-gap', `revision ${missing} missing before it`];
    }
    if (event.revision < head.next) {
      return ['revision-out-of-order', `it comes after revision ${head.next - 1} in the log`];
    }
    if (event.prevHash !== head.hash) {
      const link = event.revision === 0 ? 'the genesis hash' : `the hash of revision ${event.revision - 1}`;
      return ['broken-link', `its prevHash is not ${link}`];
    }
    if (hashEvent(event) !== event.hash) {
      return ['hash-mismatch', 'its content does not hash to its stored hash'];
    }
    return null;
  }

  private report(event: StoredEvent, problem: LogProblem, detail: string): void {
    this.breakCount++;
    if (this.found.length >= this.maxBreaks) return;
    const { streamId, revision, position } = event;
    this.found.push({ streamId, revision, position, problem, detail });
  }
}

export interface ChainVerification {
  valid: boolean;
  eventCount: number;
  headHash: string | null;
  /** The revision of the first event whose place, link or hash does not hold. */
  brokenAt?: number;
}

/** Recomputes one stream's chain from its stored events, by the same checks as the whole log. */
export function verifyChain(events: readonly StoredEvent[]): ChainVerification {
  const verifier = new LogVerifier(1);
  for (const event of events) verifier.check(event);
  const { valid, breaks } = verifier.result();
  const verification: ChainVerification = {
    valid,
    eventCount: events.length,
    headHash: events.length > 0 ? events[events.length - 1].hash : null,
  };
  if (!valid) verification.brokenAt = breaks[0].revision ?? undefined;
  return verification;
}

/** Verifies every stream of `store` and the log's continuity, reading the log in pages. */
export async function verifyLog(store: EventStore, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const verifier = new LogVerifier(options.maxBreaks);
  let events = 0;
  const onUnreadable = (unreadable: UnreadableEvent) => {
    verifier.checkUnreadable(unreadable);
    options.onProgress?.(++events, unreadable.row.position);
  };
  for await (const page of readLog(store, { pageSize: options.pageSize, onUnreadable })) {
    for (const event of page) verifier.check(event);
    events += page.length;
    options.onProgress?.(events, page[page.length - 1].position);
  }
  return verifier.result();
}
