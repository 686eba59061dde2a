import { Injectable } from '@nestjs/common';
import { responseDeadline } from '@ledger/domain';
import { OpenObjection } from '@ledger/wire';
import { StoredEvent } from '@ledger/event-store';
import { ReadModel } from '../read-side/read-model';
import { toHistoryEvent } from '@ledger/runtime';
import { comparePlaces, QueuePlace } from './queue-cursor';

/**
 * Every undecided objection across all subjects. Filing opens one; upholding, overriding or the person's
 * withdrawal closes it. An erasure closes those that name a purpose it does not keep: the erasure has stopped
 * that processing, and such an objection can no longer be decided (409 SUBJECT_ERASED). One naming only kept
 * purposes stays open: art. 21 applies to the data kept, and the DPO still decides it. Holds ids, purposes
 * and times only, never the grounds (personal text).
 */
@Injectable()
export class OpenObjections implements ReadModel {
  readonly checkpointName = 'open-objections';
  private bySubject = new Map<string, Map<string, OpenObjection>>();
  /** The queue in order, sorted when first asked for after a change: pages are read far more than written. */
  private sorted: OpenObjection[] | null = null;

  apply(stored: StoredEvent): void {
    const event = toHistoryEvent(stored);
    const subjectId = stored.streamId;
    switch (event.type) {
      case 'ObjectionFiled': {
        const { objectionId, purposes, channel } = event.data;
        const { occurredAt, recordedAt } = event;
        const deadline = responseDeadline(occurredAt);
        const objection: OpenObjection = {
          subjectId,
          objectionId,
          purposes,
          occurredAt,
          recordedAt,
          deadline,
        };
        if (channel !== undefined) objection.channel = channel;
        const open = this.bySubject.get(subjectId) ?? new Map<string, OpenObjection>();
        this.bySubject.set(subjectId, open.set(objectionId, objection));
        this.sorted = null;
        return;
      }
      case 'ObjectionUpheld':
      case 'ObjectionOverridden':
      case 'ObjectionWithdrawn':
        this.close(subjectId, event.data.objectionId);
        return;
      case 'ErasureCompleted': {
        const { retain } = event.data;
        for (const objection of this.bySubject.get(subjectId)?.values() ?? []) {
          if (!objection.purposes.every((purpose) => retain.includes(purpose))) {
            this.close(subjectId, objection.objectionId);
          }
        }
        return;
      }
    }
  }

  save(): unknown {
    return [...this.bySubject.values()].flatMap((open) => [...open.values()]);
  }

  restore(saved: unknown): void {
    this.bySubject.clear();
    for (const objection of saved as OpenObjection[]) {
      const open = this.bySubject.get(objection.subjectId) ?? new Map<string, OpenObjection>();
      this.bySubject.set(objection.subjectId, open.set(objection.objectionId, objection));
    }
    this.sorted = null;
  }

  /** Oldest first: by when the objection was received, then when the ledger learnt of it. */
  pending(): readonly OpenObjection[] {
    this.sorted ??= [...this.bySubject.values()].flatMap((open) => [...open.values()]).sort(comparePlaces);
    return this.sorted;
  }

  /** Up to `limit` objections after `after` (from the start without it), and whether more follow. */
  page(after: QueuePlace | undefined, limit: number): { objections: OpenObjection[]; more: boolean } {
    const queue = this.pending();
    const start = after ? firstAfter(queue, after) : 0;
    return { objections: queue.slice(start, start + limit), more: start + limit < queue.length };
  }

  private close(subjectId: string, objectionId: string): void {
    const open = this.bySubject.get(subjectId);
    if (open?.delete(objectionId)) this.sorted = null;
    if (open?.size === 0) this.bySubject.delete(subjectId);
  }
}

/** The index of the first objection of the sorted `queue` that comes after `place`, by binary search. */
function firstAfter(queue: readonly OpenObjection[], place: QueuePlace): number {
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comparePlaces(queue[middle], place) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
