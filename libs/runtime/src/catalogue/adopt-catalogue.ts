import { Actor, Adoption, adoptionOf, CATALOGUE_STREAM, PurposeCatalogue } from '@ledger/domain';
import { EventStore, WrongExpectedRevision } from '@ledger/event-store';
import { Clock } from '../clock';
import { adoptionEvent } from './catalogue-stream';

/** What a starting server did about its catalogue file, which version is in force, adopted where in the log. */
export interface AdoptionOutcome {
  adoption: Adoption;
  inForce: string;
  position: string;
}

/** Servers starting together race to adopt; each retries on the stream the winner left. */
const MAX_ATTEMPTS = 10;

/**
 * Adopts the server's catalogue (file or default) when its version was never adopted in the log; leaves the
 * catalogue in force alone when the file is that catalogue, or one the log replaced since (an old file on a
 * lagging replica must not undo a newer catalogue). The stream's expected revision keeps servers starting at
 * once from adopting twice.
 */
export async function adoptCatalogue(
  store: EventStore,
  candidate: PurposeCatalogue,
  actor: Actor,
  clock: Clock,
): Promise<AdoptionOutcome> {
  for (let attempt = 1; ; attempt++) {
    const stream = await store.readStream(CATALOGUE_STREAM);
    const adoption = adoptionOf(
      stream.map((event) => ({ version: event.data.version as string })),
      candidate.version,
    );
    const last = stream[stream.length - 1] ?? null;
    if (adoption !== 'adopt' && last)
      return { adoption, inForce: last.data.version as string, position: last.position };
    try {
      const { position } = await store.append(adoptionEvent(candidate, last, actor, clock.now()), {
        expectedRevision: last ? last.revision : -1,
      });
      return { adoption, inForce: candidate.version, position };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
