import { defaultCatalogue, PurposeCatalogue } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { adoptionEvent, SystemClock } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';

const SERVER = { name: 'ledger-server@test', role: 'system' };

/**
 * The catalogues in force as a read side would hold them after applying their adoptions, each adopted at its
 * time (by default one, the default catalogue, adopted at the start of 2026), on the system's clock.
 */
export function catalogueInForce(
  ...adoptions: { catalogue: PurposeCatalogue; at: string }[]
): CatalogueInForce {
  const catalogues = new CatalogueInForce(new SystemClock());
  const all = adoptions.length
    ? adoptions
    : [{ catalogue: defaultCatalogue(), at: '2026-01-01T00:00:00.000Z' }];
  let previous: StoredEvent | null = null;
  for (const [i, { catalogue, at }] of all.entries()) {
    const event: StoredEvent = { ...adoptionEvent(catalogue, previous, SERVER, at), position: String(i + 1) };
    catalogues.apply(event);
    previous = event;
  }
  return catalogues;
}
