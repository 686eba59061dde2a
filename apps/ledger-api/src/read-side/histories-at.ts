import { HistoryEvent } from '@ledger/domain';
import { SubjectHistory } from './subject-cache';

interface Held {
  events: readonly HistoryEvent[];
  length: number;
  revision: number;
}

/**
 * The histories of some subjects as the read side held them at one `position`, for an answer that gives the
 * event loop turns while it decides: the read side goes on applying events meanwhile, and every decision of the
 * answer must still be the one at the answer's position. A history only grows, in place, so holding its length
 * is enough; a copy is made only of one that grew.
 */
export class HistoriesAt {
  private readonly held = new Map<string, Held>();

  constructor(
    readonly position: string,
    histories: ReadonlyMap<string, SubjectHistory>,
  ) {
    for (const [subjectId, { events, revision }] of histories) {
      this.held.set(subjectId, { events, length: events.length, revision });
    }
  }

  /** The history of a subject named at the snapshot, as it was then. */
  events(subjectId: string): readonly HistoryEvent[] {
    const held = this.taken(subjectId);
    if (held.events.length === held.length) return held.events;
    const then = held.events.slice(0, held.length);
    this.held.set(subjectId, { events: then, length: then.length, revision: held.revision });
    return then;
  }

  /** The subjects it holds. */
  subjectIds(): IterableIterator<string> {
    return this.held.keys();
  }

  /** The subject's revision then: -1 for a subject with no event. */
  revision(subjectId: string): number {
    return this.taken(subjectId).revision;
  }

  private taken(subjectId: string): Held {
    const held = this.held.get(subjectId);
    if (!held) throw new Error(`subject ${subjectId} is not in the snapshot`);
    return held;
  }
}
