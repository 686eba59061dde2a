import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { CATALOGUE_STREAM, refuse } from '@ledger/domain';
import { EVENT_STORE, EventStore, StoredEvent, Subscription } from '@ledger/event-store';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { RefusalException } from '../problems/refusal.exception';
import { Freshness } from './freshness';
import { READ_MODELS, ReadModel } from './read-model';
import { SubjectProjection, SubjectView } from '@ledger/runtime';

/** How long `minPosition` may hold an answer back (contract section 5). */
export const MIN_POSITION_TIMEOUT_MS = 5000;

/** How often the heartbeat reads the store's head. */
const HEARTBEAT_INTERVAL_MS = 500;

interface Waiter {
  position: bigint;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

/**
 * Follows the store's global log, catch-up then live, and folds it into the projection and the read models.
 * Answers come from here without reading the store; `waitFor` gives read-your-writes across processes.
 */
@Injectable()
export class ReadSide implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ReadSide.name);
  private readonly projection = new SubjectProjection();
  private subscription?: Subscription;
  // Positions of stored events start at 1, so "0" is the position of an empty log.
  private applied = 0n;
  private appliedText = '0';
  private waiters: Waiter[] = [];
  private caughtUpTo: bigint | null = null;
  private storeError: Error | null = null;
  private readonly freshness = new Freshness();
  private heartbeat?: NodeJS.Timeout;
  private probing = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(READ_MODELS) private readonly readModels: readonly ReadModel[] = [],
    @Optional() private readonly metrics?: LedgerMetrics,
  ) {}

  async onModuleInit(): Promise<void> {
    const head = await this.store.headPosition();
    this.caughtUpTo = head === null ? 0n : BigInt(head);
    this.subscription = this.store.subscribeToAll(
      null,
      (events) => this.apply(events),
      (error) => this.onStoreError(error),
    );
    this.heartbeat = setInterval(() => void this.probeStore(), HEARTBEAT_INTERVAL_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.subscription?.close();
    for (const waiter of this.waiters) this.settle(waiter, false);
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
    return (
      this.healthy && this.caughtUpTo !== null && this.applied >= this.caughtUpTo && this.freshness.keepingUp
    );
  }

  /** False while the store fails, or has not answered the heartbeat lately: answers would be stale. */
  get healthy(): boolean {
    return this.storeError === null && this.freshness.inTouch;
  }

  subject(subjectId: string): SubjectView {
    return this.projection.subject(subjectId);
  }

  /** Every subject the read side has applied an event of (the catalogue's own stream is no subject). */
  *subjectIds(): IterableIterator<string> {
    for (const id of this.projection.streamIds()) if (id !== CATALOGUE_STREAM) yield id;
  }

  get subjectCount(): number {
    return this.projection.size;
  }

  /** Resolves `true` once `position` is applied, `false` after `timeoutMs`. */
  waitFor(position: string, timeoutMs: number): Promise<boolean> {
    const target = BigInt(position);
    if (this.applied >= target) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position: target,
        resolve,
        timer: setTimeout(() => this.settle(waiter, false), timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * Never answers from a read side that lost the store, trails it, or has not applied what the caller
   * wrote: a stale `permitted: true` is worse than no answer.
   */
  async ensureAnswerable(minPosition: string | undefined): Promise<void> {
    this.refuseWithoutStore();
    if (minPosition !== undefined && !(await this.waitFor(minPosition, MIN_POSITION_TIMEOUT_MS))) {
      throw new RefusalException(
        refuse('NOT_CAUGHT_UP', `the read side has not reached position ${minPosition} within 5 seconds`),
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
    for (const event of events) {
      if (!this.projection.apply(event)) continue;
      for (const model of this.readModels) model.apply(event);
    }
    if (events.length === 0) return;
    this.appliedText = events[events.length - 1].position;
    this.applied = BigInt(this.appliedText);
    this.freshness.applied(this.applied);
    const reached = this.waiters.filter((waiter) => waiter.position <= this.applied);
    if (reached.length > 0) {
      this.waiters = this.waiters.filter((waiter) => waiter.position > this.applied);
      for (const waiter of reached) this.settle(waiter, true);
    }
  }

  private settle(waiter: Waiter, reached: boolean): void {
    clearTimeout(waiter.timer);
    this.waiters = this.waiters.filter((w) => w !== waiter);
    waiter.resolve(reached);
  }

  /** Fails closed: until the store answers again, the read side is not healthy and checks are refused. */
  private onStoreError(error: Error): void {
    this.metrics?.storeFailed('read-side');
    if (this.storeError) return;
    this.logger.error(`the read side lost the store: ${error.message}`);
    this.storeError = error;
  }

  /** Reads the store's head: keeps the read side's freshness, and notices the store going and coming back. */
  private async probeStore(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      const head = await this.store.headPosition();
      const position = head === null ? 0n : BigInt(head);
      this.freshness.reached(position, this.applied);
      if (this.storeError) {
        // Other processes may have appended while the store was out of reach: answer only once that is applied.
        this.caughtUpTo = position;
        this.storeError = null;
        this.logger.log('the read side reaches the store again');
      }
    } catch (error) {
      this.onStoreError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.probing = false;
    }
  }
}
