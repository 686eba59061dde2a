import { Injectable } from '@nestjs/common';
import {
  CatalogueIndex,
  foldSubject,
  HistoryEvent,
  OwedNotification,
  pendingNotifications,
} from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { ReadModel } from '../read-side/read-model';

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
  private readonly changed = new Set<string>();
  private readonly owing = new Map<string, OwedNotification[]>();
  private judgedWith?: string;

  apply(event: StoredEvent): void {
    if (CHANGES_WHAT_IS_OWED.has(event.type)) this.changed.add(event.streamId);
  }

  /**
   * Every pending pair, by subject. `subjects` and `history` are the read side's: everything it has applied, as
   * far as this model has been told.
   */
  pending(
    catalogue: CatalogueIndex,
    subjects: () => Iterable<string>,
    history: (subjectId: string) => readonly HistoryEvent[],
  ): ReadonlyMap<string, OwedNotification[]> {
    const toJudge = catalogue.version === this.judgedWith ? this.changed : subjects();
    if (catalogue.version !== this.judgedWith) this.owing.clear();
    for (const subjectId of toJudge) {
      const owed = pendingNotifications(foldSubject(history(subjectId)), catalogue);
      if (owed.length > 0) this.owing.set(subjectId, owed);
      else this.owing.delete(subjectId);
    }
    this.changed.clear();
    this.judgedWith = catalogue.version;
    return this.owing;
  }
}
