import { Injectable } from '@nestjs/common';
import { StoredEvent } from '@ledger/event-store';
import { ReadModel } from '../read-side/read-model';

/**
 * Which subjects' erasures named a suppression ref (art. 21(3) after erasure). The domain's `suppressionsOf`
 * judges, over those subjects' histories, whether a direct-marketing objection was in force then; this only
 * finds them by ref. Refs are opaque values the caller derived (a keyed hash), never personal text.
 */
@Injectable()
export class SuppressionIndex implements ReadModel {
  readonly checkpointName = 'suppressions';
  private subjectsByRef = new Map<string, Set<string>>();

  apply(event: StoredEvent): void {
    if (event.type !== 'ErasureCompleted') return;
    for (const ref of (event.data.suppressionRefs as string[] | undefined) ?? []) {
      const subjects = this.subjectsByRef.get(ref) ?? new Set<string>();
      this.subjectsByRef.set(ref, subjects.add(event.streamId));
    }
  }

  save(): unknown {
    return [...this.subjectsByRef].map(([ref, subjects]) => [ref, [...subjects]]);
  }

  restore(saved: unknown): void {
    const entries = saved as [string, string[]][];
    this.subjectsByRef = new Map(entries.map(([ref, subjects]) => [ref, new Set(subjects)]));
  }

  subjectsNaming(ref: string): ReadonlySet<string> {
    return this.subjectsByRef.get(ref) ?? new Set();
  }
}
