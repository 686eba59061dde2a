import { EventStore, EventToAppend } from '@ledger/event-store';
import { subjectIdOf, syntheticHistory } from './synthetic-history';

/** Appends in flight at once: the store's group commit writes each such wave in one transaction. */
const WAVE = 5000;

/**
 * Fills a store through its own adapter, fast: every subject's chain is hashed as the ledger hashes it, and
 * the appends go in waves, so the SQLite group commit writes thousands per transaction.
 */
export async function seedSubjects(
  store: EventStore,
  subjects: number,
  eventsOf: (index: number) => number,
): Promise<number> {
  let wave: Promise<unknown>[] = [];
  let total = 0;
  for (let index = 0; index < subjects; index++) {
    const events = syntheticHistory(subjectIdOf(index), eventsOf(index), index);
    for (const event of events) wave.push(appendAt(store, event));
    total += events.length;
    if (wave.length >= WAVE) {
      await Promise.all(wave);
      wave = [];
    }
  }
  await Promise.all(wave);
  return total;
}

const appendAt = (store: EventStore, event: EventToAppend) =>
  store.append(event, { expectedRevision: event.revision - 1 });
