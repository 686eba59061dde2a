import { Injectable } from '@nestjs/common';
import { responseDeadline } from '@ledger/domain';
import { OpenObjection } from '@ledger/wire';
import { StoredEvent } from '@ledger/event-store';
import { ReadModel } from '../read-side/read-model';
import { compare } from '../read-side/ordering';
import { toHistoryEvent } from '@ledger/runtime';

/**
 * Every undecided objection across all subjects. Filing opens one; upholding, overriding or the person's
 * withdrawal closes it. An erasure closes those that name a purpose it does not keep: the erasure has stopped
 * that processing, and such an objection can no longer be decided (409 SUBJECT_ERASED). One naming only kept
 * purposes stays open: art. 21 applies to the data kept, and the DPO still decides it. Holds ids, purposes
 * and times only, never the grounds (personal text).
 */
@Injectable()
export class OpenObjections implements ReadModel {
  private readonly bySubject = new Map<string, Map<string, OpenObjection>>();

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

  /** Oldest first: by when the objection was received, then when the ledger learnt of it. */
  pending(): OpenObjection[] {
    return [...this.bySubject.values()]
      .flatMap((open) => [...open.values()])
      .sort(
        (a, b) =>
          compare(a.occurredAt, b.occurredAt) ||
          compare(a.recordedAt, b.recordedAt) ||
          compare(a.subjectId, b.subjectId) ||
          compare(a.objectionId, b.objectionId),
      );
  }

  private close(subjectId: string, objectionId: string): void {
    const open = this.bySubject.get(subjectId);
    open?.delete(objectionId);
    if (open?.size === 0) this.bySubject.delete(subjectId);
  }
}
