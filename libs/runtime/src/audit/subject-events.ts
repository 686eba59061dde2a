import { HistoryEvent, RecordedEvent } from '@ledger/domain';
import { EventStore, StoredEvent } from '@ledger/event-store';
import { PersonalDataCodec } from '../crypto/personal-data-codec';
import { toHistoryEvent } from '../projection/to-history-event';

/**
 * A subject's stream as auditors read it, straight from the store: each personal field readable until an
 * erasure destroys the key of its scope; or, for replays, the history `decide` reads, without personal fields.
 */
export class SubjectEvents {
  constructor(
    private readonly store: EventStore,
    private readonly codec: PersonalDataCodec,
  ) {}

  async read(subjectId: string): Promise<{ stored: StoredEvent[]; events: RecordedEvent[] }> {
    const stored = await this.store.readStream(subjectId);
    const data = await this.codec.openAll(subjectId, stored);
    const events = stored.map(
      (event, i) =>
        ({
          eventId: event.eventId,
          type: event.type,
          subjectId: event.streamId,
          revision: event.revision,
          position: event.position,
          occurredAt: event.occurredAt,
          recordedAt: event.recordedAt,
          actor: event.actor,
          data: data[i],
          prevHash: event.prevHash,
          hash: event.hash,
        }) as RecordedEvent,
    );
    return { stored, events };
  }

  async history(subjectId: string): Promise<HistoryEvent[]> {
    return (await this.store.readStream(subjectId)).map(toHistoryEvent);
  }
}
