import { createHash } from 'node:crypto';
import { AllStreamResolvedEvent, Position, ResolvedEvent } from '@eventstore/db-client';
import { EventToAppend, StoredEvent } from '../event-store.port';

/**
 * The stream names of one ledger. `namespace` (default `ledger`) plays the part of a SQL schema: ledgers
 * (or test runs) sharing one server see only their own streams.
 */
export function ledgerStreams(namespace: string) {
  const subjectPrefix = `${namespace}-subject-`;
  return {
    subjectPrefix,
    subject: (streamId: string) => `${subjectPrefix}${streamId}`,
    isSubject: (streamName: string) => streamName.startsWith(subjectPrefix),
    /** The ledger stream id of a subject stream's name. */
    subjectId: (streamName: string) => streamName.slice(subjectPrefix.length),
    /**
     * In clear, like subject streams: a key id may hold any character but NUL, and the server takes any name
     * (UTF-8) that does not start with `$`, which this one never does. Subject ids were the only key ids
     * before keys had scopes, so the streams of those keys keep their names.
     */
    dataKey: (keyId: string) => `${namespace}-keys-${keyId}`,
    /** The last read checkpoint saved under `name`, pointing to its state; in clear, like a key id. */
    checkpoint: (name: string) => `${namespace}-checkpoints-${name}`,
    /** The state of one save of a checkpoint, in parts: a new stream for each save. */
    checkpointState: (saveId: string) => `${namespace}-checkpoint-states-${saveId}`,
    /** Hashed: a key may hold any character, and a stream name should not carry it in clear. */
    idempotency: (key: string) => `${namespace}-idempotency-${sha256(key).toString('hex')}`,
    /**
     * The id the event appended under `key` gets in EventStoreDB (a name-based, v5-style UUID). Being
     * deterministic, it lets a retry find an event whose index entry a crash left unwritten, and lets the
     * server drop a duplicate sent at the same expected revision.
     */
    eventIdForKey: (key: string) => uuidFrom(sha256(`${namespace}\u0000${key}`)),
  };
}

export type LedgerStreams = ReturnType<typeof ledgerStreams>;

/** The stored form of a ledger event, kept as the EventStoreDB event's JSON data. */
export type EventPayload = EventToAppend;

/** The ledger position of an `$all` event is its commit position, as a decimal string. */
export function toStoredEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent {
  const recorded = resolved.event;
  const commit = resolved.commitPosition ?? recorded?.position?.commit;
  if (!recorded?.isJson || commit === undefined) {
    throw new Error(
      'EventStoreDB returned an event without JSON data or position (22.6 or later is required)',
    );
  }
  return { ...(recorded.data as unknown as EventPayload), position: commit.toString() };
}

/** Where a read or subscription resumes after the ledger position `position`. */
export function fromLedgerPosition(position: string): Position {
  // Each ledger append writes one event, whose commit and prepare positions are the same.
  return { commit: BigInt(position), prepare: BigInt(position) };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function uuidFrom(digest: Buffer): string {
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
