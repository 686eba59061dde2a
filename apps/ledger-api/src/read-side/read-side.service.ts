import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { HistoryEvent, refuse } from '@ledger/domain';
import { EVENT_STORE, EventStore, StoredEvent, Subscription } from '@ledger/event-store';
import { LedgerConfig } from '@ledger/runtime';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { RefusalException } from '../problems/refusal.exception';
import { HistoriesAt } from './histories-at';
import { PositionWaiters } from './position-waiters';
import { ReadSideCheckpoint } from './read-side-checkpoint';
import { READ_MODELS, ReadModel } from './read-model';
import { StoreContact } from './store-contact';
import { DEFAULT_READ_CACHE_SUBJECTS, SubjectCache } from './subject-cache';
import { SubjectHistories } from './subject-histories';

/** How long `minPosition` may hold an answer back (contract section 5). */
export const MIN_POSITION_TIMEOUT_MS = 5000;

/**
 * Follows the store's global log, catch-up then live, and folds it into the read models and the histories of
 * the subjects it holds in memory (`LEDGER_READ_CACHE_SUBJECTS`, the most recently used). Starts from its
 * checkpoint in the store, so a start applies only what came after it. Answers come from memory, or from a
 * subject's stream read at the position applied; `waitFor` gives read-your-writes across processes.
 */
@Injectable()
export class ReadSide implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ReadSide.name);
  private readonly cache: SubjectCache;
  private readonly checkpoint: ReadSideCheckpoint;
  private subscription?: Subscription;
  // Positions of stored events start at 1, so "0" is the position of an empty log.
  private applied = 0n;
  private appliedText = '0';
  private readonly waiters = new PositionWaiters();
  private readonly contact: StoreContact;
  private readonly histories: SubjectHistories;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(READ_MODELS) private readonly readModels: readonly ReadModel[] = [],
    @Optional() private readonly metrics?: LedgerMetrics,
    @Optional() @Inject(LEDGER_CONFIG) config?: Pick<LedgerConfig, 'readCacheSubjects'>,
  ) {
    const capacity = config?.readCacheSubjects ?? DEFAULT_READ_CACHE_SUBJECTS;
    this.cache = new SubjectCache(
      capacity,
      (subjectId) => store.readStream(subjectId),
      store.readStreamAtOnce?.bind(store),
    );
    this.checkpoint = new ReadSideCheckpoint(store, readModels);
    this.contact = new StoreContact(store, () => this.applied, this.logger, metrics);
    this.histories = new SubjectHistories(
      this.cache,
      store,
      this.contact,
      () => this.applied,
      () => this.appliedText,
      metrics,
    );
  }

  async onModuleInit(): Promise<void> {
    const head = await this.contact.readHead();
    const restored = await this.checkpoint.restore(head);
    if (restored !== null) {
      this.applied = restored;
      this.appliedText = restored.toString();
      this.logger.log(`the read side starts from its checkpoint at position ${this.appliedText}`);
    }
    this.subscription = this.store.subscribeToAll(
      restored === null ? null : this.appliedText,
      (events) => this.apply(events),
      (error) => this.contact.failed(error),
    );
    this.contact.startHeartbeat();
  }

  async onModuleDestroy(): Promise<void> {
    this.contact.stopHeartbeat();
    await this.subscription?.close();
    this.waiters.giveUp();
    await this.checkpoint.saveNow(this.applied);
  }

  /** The position of the last event applied; `0` before the first. */
  get position(): string {
    return this.appliedText;
  }

  /**
   * Ready once the events stored at start (or when the store came back) are applied, and while the read
   * side keeps up with what the store holds.
   */
  get ready(): boolean {
    return this.contact.readyAt(this.applied);
  }

  /** False while the store fails, or has not answered the heartbeat lately: answers would be stale. */
  get healthy(): boolean {
    return this.contact.healthy;
  }

  /** How many subjects' histories are in memory. */
  get cachedSubjects(): number {
    return this.cache.size;
  }

  /**
   * The subjects' histories at the position applied, for an answer given at once: from memory, else (with
   * `readStore`) from their streams when the store reads without waiting (SQLite). `undefined` when one takes
   * a wait: `historiesOf` gives them then.
   */
  historiesNow(
    subjectIds: Iterable<string>,
    readStore = false,
  ): ReadonlyMap<string, readonly HistoryEvent[]> | undefined {
    return this.histories.now(subjectIds, readStore);
  }

  /**
   * The histories of the subjects at one position, the one applied when they are all at hand: from memory, or
   * read from their streams in the store.
   */
  historiesOf(subjectIds: Iterable<string>): Promise<HistoriesAt> {
    return this.histories.of(subjectIds);
  }

  /**
   * Every subject in the store, a page at a time, with its history: for the lists that any subject may enter
   * as time passes (erasures due). Each page is at the position applied when it is read, so at `position` or
   * later; the catalogue's own stream is no subject.
   */
  everySubject(): AsyncGenerator<HistoriesAt> {
    return this.histories.everySubject();
  }

  /** Resolves `true` once `position` is applied, `false` after `timeoutMs`. */
  waitFor(position: string, timeoutMs: number): Promise<boolean> {
    const target = BigInt(position);
    if (this.applied >= target) return Promise.resolve(true);
    return this.waiters.wait(target, timeoutMs);
  }

  /**
   * Never answers from a read side that lost the store, trails it, or has not applied what the caller
   * wrote: a stale `permitted: true` is worse than no answer.
   */
  async ensureAnswerable(minPosition: string | undefined): Promise<void> {
    this.refuseWithoutStore();
    if (minPosition !== undefined && !(await this.waitFor(minPosition, MIN_POSITION_TIMEOUT_MS))) {
      throw new RefusalException(
        refuse(
          'NOT_CAUGHT_UP',
          `the read side has not reached position ${minPosition} within ${MIN_POSITION_TIMEOUT_MS / 1000} seconds`,
        ),
      );
    }
    this.assertServing();
  }

  /** Nothing is answered from a read side that lost the store or is catching up with it. */
  assertServing(): void {
    this.refuseWithoutStore();
    if (!this.ready) {
      throw new RefusalException(refuse('NOT_CAUGHT_UP', 'the read side is catching up with the store'));
    }
  }

  private refuseWithoutStore(): void {
    if (!this.healthy) {
      throw new RefusalException(refuse('STORE_UNAVAILABLE', 'the read side has lost the event store'));
    }
  }

  private apply(events: StoredEvent[]): void {
    let applied = this.applied;
    const live = this.contact.caughtUp(applied);
    for (const event of events) {
      // Delivery is at-least-once on some stores: an event at or before the position applied was applied.
      const position = BigInt(event.position);
      if (position <= applied) continue;
      this.cache.apply(event, live);
      for (const model of this.readModels) model.apply(event);
      applied = position;
    }
    if (applied === this.applied) return;
    this.applied = applied;
    this.appliedText = applied.toString();
    this.contact.applied(applied);
    this.checkpoint.saveIfDue(applied);
    this.waiters.reached(applied);
  }
}
