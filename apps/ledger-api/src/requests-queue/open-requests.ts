import { Injectable } from '@nestjs/common';
import { StoredEvent } from '@ledger/event-store';
import { ReadModel } from '../read-side/read-model';

/**
 * The subjects with a data-subject request not yet completed, across all subjects: the ones the requests queue
 * looks at. Unlike objections, requests stay open through an erasure: an erased subject still takes their
 * steps, and the register is the proof that the right was honoured (contract section 6). Holds ids only.
 */
@Injectable()
export class OpenRequests implements ReadModel {
  readonly checkpointName = 'open-requests';
  private bySubject = new Map<string, Set<string>>();

  apply(event: StoredEvent): void {
    const subjectId = event.streamId;
    if (event.type === 'RequestReceived') {
      const open = this.bySubject.get(subjectId) ?? new Set<string>();
      this.bySubject.set(subjectId, open.add(event.data.requestId as string));
    } else if (event.type === 'RequestCompleted') {
      const open = this.bySubject.get(subjectId);
      open?.delete(event.data.requestId as string);
      if (open?.size === 0) this.bySubject.delete(subjectId);
    }
  }

  save(): unknown {
    return [...this.bySubject].map(([subjectId, open]) => [subjectId, [...open]]);
  }

  restore(saved: unknown): void {
    const entries = saved as [string, string[]][];
    this.bySubject = new Map(entries.map(([subjectId, open]) => [subjectId, new Set(open)]));
  }

  /** The subjects with at least one open request. */
  subjects(): IterableIterator<string> {
    return this.bySubject.keys();
  }
}
