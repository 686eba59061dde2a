import { Injectable } from '@nestjs/common';
import { StoredEvent } from '@ledger/event-store';
import { ReadModel } from '../read-side/read-model';

/**
 * The subjects that may be owed the privacy statement (arts. 13, 14): a basis was established without showing
 * a notice, and no notice was given since, nor was the subject erased. The domain's `noticeDue` judges each of
 * them when asked; this only narrows whom it is asked about. Holds subject ids only.
 */
@Injectable()
export class AwaitingNotice implements ReadModel {
  readonly checkpointName = 'awaiting-notice';
  private subjects = new Set<string>();

  apply(event: StoredEvent): void {
    const subjectId = event.streamId;
    if (event.type === 'NoticeProvided' || event.type === 'ErasureCompleted') this.subjects.delete(subjectId);
    else if (event.type !== 'BasisEstablished') return;
    else if (event.data.noticeVersion === undefined) this.subjects.add(subjectId);
    else this.subjects.delete(subjectId);
  }

  save(): unknown {
    return [...this.subjects];
  }

  restore(saved: unknown): void {
    this.subjects = new Set(saved as string[]);
  }

  candidates(): IterableIterator<string> {
    return this.subjects.values();
  }
}
