import { CATALOGUE_STREAM, HistoryEvent } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { toHistoryEvent } from './to-history-event';

export interface SubjectView {
  readonly revision: number;
  readonly events: readonly HistoryEvent[];
}

const EMPTY: SubjectView = { revision: -1, events: [] };

/** Every subject's history as the read side has applied it, in memory. */
export class SubjectProjection {
  private readonly subjects = new Map<string, { revision: number; events: HistoryEvent[] }>();

  /** Applies an event; `false` when it was applied before (delivery is at-least-once on some stores). */
  apply(event: StoredEvent): boolean {
    let view = this.subjects.get(event.streamId);
    if (!view) {
      view = { revision: -1, events: [] };
      this.subjects.set(event.streamId, view);
    }
    if (event.revision <= view.revision) return false;
    view.events.push(toHistoryEvent(event));
    view.revision = event.revision;
    return true;
  }

  subject(subjectId: string): SubjectView {
    return this.subjects.get(subjectId) ?? EMPTY;
  }

  /** Every stream applied so far, in the order each was first seen (the catalogue's among them). */
  streamIds(): IterableIterator<string> {
    return this.subjects.keys();
  }

  /** How many subjects: the catalogue's stream is applied like the others, but is no subject. */
  get size(): number {
    return this.subjects.size - (this.subjects.has(CATALOGUE_STREAM) ? 1 : 0);
  }
}
