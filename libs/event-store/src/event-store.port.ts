import { Actor } from '@ledger/domain';

/**
 * An event as a store keeps it: the stored form, hashed as it is. `data` is the stored form of the
 * event's data (personal free text may be encrypted there); the store never interprets it.
 */
export interface StoredEvent {
  eventId: string;
  streamId: string;
  revision: number;
  /** Global log position, a non-negative integer as a decimal string; increases along the global log. */
  position: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** An event to append: everything but the position, which the store assigns. */
export type EventToAppend = Omit<StoredEvent, 'position'>;

export interface AppendOptions {
  /** The revision the stream must be at: -1 for a stream that must not exist yet. */
  expectedRevision: number;
  /**
   * Makes the append idempotent: a second append with the same key appends nothing and fails with
   * `IdempotencyKeyTaken`, naming the event the first one appended. Scoped by the caller (e.g. per API key).
   */
  idempotencyKey?: string;
  /** A digest of the request that produced the append, kept with the key to tell a retry from a reuse. */
  requestHash?: string;
  /**
   * Data keys to destroy, by key id, in the same transaction as the append (crypto-shredding on erasure).
   * Each id listed becomes a tombstone: no key is ever stored under it again, even when none was stored
   * yet. Keys not listed stay; a refused append destroys nothing.
   */
  destroyDataKeys?: readonly string[];
}

/**
 * The longest data key id: room for a subject id (up to 128 characters) and a scope after it. A key id is
 * opaque to the store: any string of 1 to 300 characters but NUL, e.g. a subject id,
 * `<subjectId>/purpose:fiscal-retention` or `<subjectId>/period:1`.
 */
export const MAX_DATA_KEY_ID_LENGTH = 300;

export interface AppendResult {
  position: string;
  revision: number;
}

/** What an idempotency key was first used for. */
export interface IdempotencyRecord {
  requestHash: string;
  event: StoredEvent;
}

export interface Subscription {
  close(): Promise<void>;
}

/** The read side's saved state: the log position it reflects and its state, serialised by the read side. */
export interface ReadCheckpoint {
  /** A position of the global log ("0" for none applied yet). */
  position: string;
  /** Opaque to the store: the read side's own serialisation (JSON text). Can be several MB. */
  state: string;
}

/**
 * The one port every store adapter implements (SQLite, PostgreSQL, EventStoreDB, in-memory). Each adapter
 * must pass the store conformance suite in `testing/event-store-conformance.ts`.
 */
export interface EventStore {
  /** Creates tables or connections; called once before use. */
  init(): Promise<void>;
  close(): Promise<void>;

  /**
   * Appends one event at revision `expectedRevision + 1`. Resolves only once the event is durable.
   * Rejects with `WrongExpectedRevision` when the stream is elsewhere, `IdempotencyKeyTaken` when the key was used.
   */
  append(event: EventToAppend, options: AppendOptions): Promise<AppendResult>;

  /** The stream's events in revision order; empty for an unknown stream. */
  readStream(streamId: string): Promise<StoredEvent[]>;

  /**
   * `readStream` without waiting, on stores whose reads never leave the process (SQLite, in memory): a caller
   * can then answer from a stream before the event loop turns. Throws what `readStream` rejects with.
   */
  readStreamAtOnce?(streamId: string): StoredEvent[];

  /**
   * Up to `limit` events of the global log strictly after `after` (`null`: from the start), in log order. A
   * stored row that cannot be read as an event (corrupted or tampered with) ends the page before it; when it
   * comes first, `readAll` rejects with `UnreadableEvent` naming it, so a reader can report it and read on.
   */
  readAll(after: string | null, limit: number): Promise<StoredEvent[]>;

  /** The position of the last event of the global log, or `null` when the log is empty. */
  headPosition(): Promise<string | null>;

  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null>;

  /** The wrapped data key stored under `keyId`, or `null` when there is none or it was destroyed. */
  getDataKey(keyId: string): Promise<Buffer | null>;

  /**
   * Stores `wrappedKey` under `keyId` unless a key is stored there already (or was, and was destroyed by an
   * erasure: then nothing is stored and `null` comes back). Resolves to the key in force.
   */
  putDataKeyIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null>;

  /** The checkpoint saved under `name`, or `null` when none was. */
  loadCheckpoint(name: string): Promise<ReadCheckpoint | null>;

  /**
   * Saves `checkpoint` under `name`, durable once it resolves, unless the one stored is at a later position
   * (several replicas share a store and each saves its own: the most advanced one stays). Never part of the
   * hash chain, never an event: deleting it only makes the next start replay the log. A name is 1 to 100
   * characters but NUL; the position a decimal integer below 2^63; the state holds no NUL (JSON text never
   * does). Anything else is refused with a `RangeError` on every adapter alike.
   */
  saveCheckpoint(name: string, checkpoint: ReadCheckpoint): Promise<void>;

  /**
   * Up to `limit` stream ids strictly after `after` (`null`: from the first), in ascending code point order
   * (`compareStreamIds`: the byte order of their UTF-8, PostgreSQL's COLLATE "C"; the same as JavaScript's
   * `<` for every id without characters beyond U+FFFF, which the API's ids never have), each once.
   */
  streamIds(after: string | null, limit: number): Promise<string[]>;

  /**
   * Delivers every event after `after` in log order, first those already stored, then new ones as they
   * are appended (by this process or another), never skipping one. `onEvents` is awaited before the
   * next batch; `onError` is told when the store cannot be read, and delivery resumes when it can.
   */
  subscribeToAll(
    after: string | null,
    onEvents: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: Error) => void,
  ): Subscription;
}

export class WrongExpectedRevision extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedRevision: number,
    readonly actualRevision: number,
  ) {
    super(`stream ${streamId} is at revision ${actualRevision}, not ${expectedRevision}`);
    this.name = 'WrongExpectedRevision';
  }
}

export class IdempotencyKeyTaken extends Error {
  constructor(readonly key: string) {
    super('idempotency key already used');
    this.name = 'IdempotencyKeyTaken';
  }
}

/** A stored row that is not an event any more: what of it could be read, and why the rest could not. */
export class UnreadableEvent extends Error {
  constructor(
    readonly row: {
      position: string;
      streamId: string | null;
      revision: number | null;
      hash: string | null;
    },
    readonly detail: string,
  ) {
    super(`the event at position ${row.position} cannot be read: ${detail}`);
    this.name = 'UnreadableEvent';
  }
}

export class StoreUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailable';
  }
}

/** The store holds no ledger where one was to be opened, not created (`existingOnly`). */
export class NoLedgerFound extends Error {
  override readonly name = 'NoLedgerFound';
}

export const EVENT_STORE = Symbol('EVENT_STORE');
