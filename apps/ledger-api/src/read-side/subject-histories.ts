import { CATALOGUE_STREAM, HistoryEvent } from '@ledger/domain';
import { EventStore, StoreUnavailable } from '@ledger/event-store';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { HistoriesAt } from './histories-at';
import { StoreContact } from './store-contact';
import { SubjectCache, SubjectHistory } from './subject-cache';

/** How many subject ids a scan over all subjects reads from the store at a time. */
const SUBJECT_PAGE = 500;

/**
 * The read side's histories of many subjects at once, all at one position: those it holds in memory, pinned
 * while the others are read from their streams in the store at the position applied.
 */
export class SubjectHistories {
  constructor(
    private readonly cache: SubjectCache,
    private readonly store: Pick<EventStore, 'streamIds'>,
    private readonly contact: Pick<StoreContact, 'failed'>,
    // The read side owns the position applied: loads are cut at it, and answers carry it as text.
    private readonly applied: () => bigint,
    private readonly position: () => string,
    private readonly metrics?: Pick<LedgerMetrics, 'readCacheHits' | 'readCacheMisses'>,
  ) {}

  /**
   * The subjects' histories at the position applied, for an answer given before the event loop turns: from
   * memory, else (with `readStore`) from their streams when the store reads without waiting. `undefined` when
   * one takes a wait; nothing is counted then, as `of` counts them.
   */
  now(subjectIds: Iterable<string>, readStore: boolean): Map<string, readonly HistoryEvent[]> | undefined {
    const histories = new Map<string, readonly HistoryEvent[]>();
    let read = 0;
    for (const subjectId of subjectIds) {
      if (histories.has(subjectId)) continue;
      let history = this.cache.lookUp(subjectId);
      if (!history && readStore) {
        history = this.readAtOnce(subjectId);
        if (history) read++;
      }
      if (!history) return undefined;
      histories.set(subjectId, history.events);
    }
    if (this.metrics) {
      this.metrics.readCacheHits.value += histories.size - read;
      this.metrics.readCacheMisses.value += read;
    }
    return histories;
  }

  private readAtOnce(subjectId: string): SubjectHistory | undefined {
    try {
      return this.cache.readAtOnce(subjectId, this.applied());
    } catch (error) {
      throw this.lost(error);
    }
  }

  /** The histories of the subjects at the position applied once they are all at hand. */
  async of(subjectIds: Iterable<string>): Promise<HistoriesAt> {
    const held = new Map<string, SubjectHistory>();
    const missing = new Set<string>();
    for (const subjectId of subjectIds) {
      if (held.has(subjectId) || missing.has(subjectId)) continue;
      const history = this.cache.pinIfHeld(subjectId);
      if (history) held.set(subjectId, history);
      else missing.add(subjectId);
    }
    if (this.metrics) {
      this.metrics.readCacheHits.value += held.size;
      this.metrics.readCacheMisses.value += missing.size;
    }
    try {
      const ids = [...missing];
      const applied = this.applied();
      const loads = await Promise.allSettled(ids.map((id) => this.cache.load(id, applied)));
      loads.forEach((load, i) => load.status === 'fulfilled' && held.set(ids[i], load.value));
      const failed = loads.find((load) => load.status === 'rejected');
      if (failed) throw this.lost(failed.reason);
      return new HistoriesAt(this.position(), held);
    } finally {
      for (const subjectId of held.keys()) this.cache.unpin(subjectId);
    }
  }

  /** A store out of reach for a read is out of reach for the read side: it stops answering at once. */
  private lost(error: unknown): unknown {
    if (error instanceof StoreUnavailable) this.contact.failed(error);
    return error;
  }

  /** Every subject in the store but the catalogue's own stream, a page at a time. */
  async *everySubject(): AsyncGenerator<HistoriesAt> {
    let after: string | null = null;
    for (;;) {
      const ids = await this.store.streamIds(after, SUBJECT_PAGE);
      if (ids.length === 0) return;
      after = ids[ids.length - 1];
      yield await this.of(ids.filter((id) => id !== CATALOGUE_STREAM));
    }
  }
}
