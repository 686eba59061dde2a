import {
  Actor,
  AdoptedCatalogue,
  CATALOGUE_ADOPTED,
  CATALOGUE_STREAM,
  CatalogueAdoptedData,
  CatalogueIndex,
  CatalogueLog,
  parseCatalogue,
  PurposeCatalogue,
} from '@ledger/domain';
import { EventStore, EventToAppend, GENESIS_HASH, hashEvent, StoredEvent } from '@ledger/event-store';
import { newEventId } from '../event-id';

/**
 * The catalogue's own stream (contract section 2): one `CatalogueAdopted` event per adoption, hashed and
 * chained like every stream, so the log shows which catalogue decided at any moment.
 */

/** A catalogue as the log holds it, checked as a file would be: a catalogue that no longer parses is a fault. */
export function adoptedCatalogueOf(event: StoredEvent): AdoptedCatalogue {
  const { version, catalogue } = event.data as unknown as CatalogueAdoptedData;
  const parsed = parseCatalogue(catalogue, `the catalogue adopted at position ${event.position}`);
  return {
    version,
    adoptedAt: event.recordedAt,
    position: event.position,
    actor: event.actor,
    catalogue: new CatalogueIndex(parsed),
  };
}

/** The event that adopts `catalogue`, following the stream's last event (`null`: the stream is new). */
export function adoptionEvent(
  catalogue: PurposeCatalogue,
  previous: Pick<StoredEvent, 'revision' | 'hash'> | null,
  actor: Actor,
  now: string,
): EventToAppend {
  const data: CatalogueAdoptedData = { version: catalogue.version, catalogue };
  const unhashed = {
    eventId: newEventId(),
    streamId: CATALOGUE_STREAM,
    revision: previous ? previous.revision + 1 : 0,
    type: CATALOGUE_ADOPTED,
    occurredAt: now,
    recordedAt: now,
    actor,
    data: data as unknown as Record<string, unknown>,
    prevHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...unhashed, hash: hashEvent(unhashed) };
}

/** Every catalogue the store's log has adopted, in order: what the operator CLI decides with. */
export async function readCatalogueLog(store: EventStore): Promise<CatalogueLog> {
  const log = new CatalogueLog();
  for (const event of await store.readStream(CATALOGUE_STREAM)) log.add(adoptedCatalogueOf(event));
  return log;
}
