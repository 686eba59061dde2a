import { HistoryEvent } from '@ledger/domain';
import { SubjectView } from '@ledger/runtime';

interface Held {
  events: readonly HistoryEvent[];
  length: number;
}

/**
 * The histories of some subjects as the read side holds them at one moment, for an answer that gives the
 * event loop turns while it decides: the read side goes on applying events meanwhile, and every decision of
 * the answer must still be the one at the answer's `position`. A history only grows, in place, so holding
 * its length is enough; a copy is made only of one that grew.
 */
export class HistorySnapshot {
  private readonly held = new Map<string, Held>();

  constructor(readSide: { subject(subjectId: string): SubjectView }, subjectIds: Iterable<string>) {
    for (const subjectId of subjectIds) {
      if (this.held.has(subjectId)) continue;
      const { events } = readSide.subject(subjectId);
      this.held.set(subjectId, { events, length: events.length });
    }
  }

  /** The history of a subject named at the snapshot, as it was then. */
  events(subjectId: string): readonly HistoryEvent[] {
    const held = this.held.get(subjectId);
    if (!held) throw new Error(`subject ${subjectId} is not in the snapshot`);
    if (held.events.length === held.length) return held.events;
    const then = held.events.slice(0, held.length);
    this.held.set(subjectId, { events: then, length: then.length });
    return then;
  }
}
