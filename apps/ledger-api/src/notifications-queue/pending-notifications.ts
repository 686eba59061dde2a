import { Injectable } from '@nestjs/common';
import { CatalogueIndex, foldSubject, OwedNotification, pendingNotifications } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { HistoriesAt } from '../read-side/histories-at';
import { ReadModel } from '../read-side/read-model';
import { ReadSide } from '../read-side/read-side.service';

/** The events that can change what a subject owes its recipients (art. 19). */
const CHANGES_WHAT_IS_OWED = new Set([
  'RestrictionApplied',
  'ErasureCompleted',
  'RectificationRecorded',
  'DataDisclosed',
  'RecipientNotified',
]);

/**
 * The art. 19 notifications still owed, across all subjects, as the domain's `pendingNotifications` judges
 * them. A subject is judged again only after an event that can change what it owes (a disclosure may be
 * back-dated before a restriction recorded earlier), and every subject when the catalogue in force changes,
 * since a restriction of a purpose concerns that purpose's categories. Only subjects still owing are kept.
 */
@Injectable()
export class PendingNotifications implements ReadModel {
  readonly checkpointName = 'pending-notifications';
  private changed = new Set<string>();
  private owing = new Map<string, OwedNotification[]>();
  private judgedWith?: string;
  /** One judgement at a time: a second asker waits for the first and then judges what changed meanwhile. */
  private judging: Promise<unknown> = Promise.resolve();

  apply(event: StoredEvent): void {
    if (CHANGES_WHAT_IS_OWED.has(event.type)) this.changed.add(event.streamId);
  }

  /** Every pending pair, by subject, judged over the histories the read side holds or reads. */
  pending(
    catalogue: CatalogueIndex,
    readSide: Pick<ReadSide, 'historiesOf' | 'everySubject'>,
  ): Promise<ReadonlyMap<string, OwedNotification[]>> {
    const judged = this.judging.then(() => this.judge(catalogue, readSide));
    this.judging = judged.catch(() => undefined);
    return judged;
  }

  save(): unknown {
    return { judgedWith: this.judgedWith, owing: [...this.owing], changed: [...this.changed] };
  }

  restore(saved: unknown): void {
    const { judgedWith, owing, changed } = saved as {
      judgedWith?: string;
      owing: [string, OwedNotification[]][];
      changed: string[];
    };
    this.judgedWith = judgedWith;
    this.owing = new Map(owing);
    this.changed = new Set(changed);
  }

  private async judge(
    catalogue: CatalogueIndex,
    readSide: Pick<ReadSide, 'historiesOf' | 'everySubject'>,
  ): Promise<ReadonlyMap<string, OwedNotification[]>> {
    const changed = this.changed;
    this.changed = new Set();
    try {
      if (catalogue.version === this.judgedWith) {
        this.judgeAll(await readSide.historiesOf(changed), catalogue);
      } else {
        this.owing.clear();
        this.judgedWith = undefined;
        for await (const page of readSide.everySubject()) this.judgeAll(page, catalogue);
      }
      this.judgedWith = catalogue.version;
      return this.owing;
    } catch (error) {
      // What was not judged is judged next time.
      for (const subjectId of changed) this.changed.add(subjectId);
      throw error;
    }
  }

  private judgeAll(histories: HistoriesAt, catalogue: CatalogueIndex): void {
    for (const subjectId of histories.subjectIds()) {
      const owed = pendingNotifications(foldSubject(histories.events(subjectId)), catalogue);
      if (owed.length > 0) this.owing.set(subjectId, owed);
      else this.owing.delete(subjectId);
    }
  }
}
