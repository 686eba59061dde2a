import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { refuse } from '@ledger/domain';
import { EVENT_STORE, EventStore, StoredEvent, Subscription } from '@ledger/event-store';
import { RefusalException } from '../problems/refusal.exception';
import { READ_MODELS, ReadModel } from './read-model';
import { SubjectProjection, SubjectView } from './subject-projection';

/** How long `minPosition` may hold an answer back (contract section 5). */
export const MIN_POSITION_TIMEOUT_MS = 5000;

const PROBE_INTERVAL_MS = 500;

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
  private probe?: NodeJS.Timeout;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(READ_MODELS) private readonly readModels: readonly ReadModel[] = [],
  ) {}

  async onModuleInit(): Promise<void> {
    const head = await this.store.headPosition();
    this.caughtUpTo = head === null ? 0n : BigInt(head);
    this.subscription = this.store.subscribeToAll(
      null,
      (events) => this.apply(events),
      (error) => this.onStoreError(error),
    );
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.probe);
    await this.subscription?.close();
    for (const waiter of this.waiters) this.settle(waiter, false);
  }

  /** The position of the last event applied; `0` before the first. */
  get position(): string {
    return this.appliedText;
  }

  /** Ready once the events stored at start are applied, and while the store answers. */
  get ready(): boolean {
    return this.caughtUpTo !== null && this.applied >= this.caughtUpTo && this.storeError === null;
  }

  get healthy(): boolean {
    return this.storeError === null;
  }

  subject(subjectId: string): SubjectView {
    return this.projection.subject(subjectId);
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

  /** Never answers from a read side that lost the store or has not applied what the caller wrote. */
  async ensureAnswerable(minPosition: string | undefined): Promise<void> {
    if (minPosition !== undefined && !(await this.waitFor(minPosition, MIN_POSITION_TIMEOUT_MS))) {
      throw new RefusalException(
        refuse('NOT_CAUGHT_UP', `the read side has not reached position ${minPosition} within 5 seconds`),
      );
    }
    if (!this.healthy) {
      throw new RefusalException(refuse('STORE_UNAVAILABLE', 'the read side has lost the event store'));
    }
    if (!this.ready) {
      throw new RefusalException(
        refuse('NOT_CAUGHT_UP', 'the read side is still catching up with the store'),
      );
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
    if (this.storeError) return;
    this.logger.error(`the read side lost the store: ${error.message}`);
    this.storeError = error;
    this.probe = setInterval(() => void this.probeStore(), PROBE_INTERVAL_MS);
  }

  private async probeStore(): Promise<void> {
    try {
      await this.store.headPosition();
    } catch {
      return;
    }
    clearInterval(this.probe);
    this.storeError = null;
    this.logger.log('the read side reaches the store again');
  }
}
