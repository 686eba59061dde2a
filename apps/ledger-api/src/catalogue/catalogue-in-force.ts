import { Injectable } from '@nestjs/common';
import { CATALOGUE_STREAM, CatalogueIndex, CatalogueLog, refuse, unknownAsOf } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { adoptedCatalogueOf, Clock } from '@ledger/runtime';
import { RefusalException } from '../problems/refusal.exception';
import { ReadModel } from '../read-side/read-model';

/**
 * The catalogues the log has adopted, as the read side has applied them (contract section 2): every server
 * decides with the last one it has applied, so replicas switch together whatever file they started with;
 * a replay with `asOf` decides with the one in force then. Every question with an `asOf` (checks, decision
 * histories, the catalogue) asks here, so here a moment the ledger has not reached is refused (`unknownAsOf`).
 */
@Injectable()
export class CatalogueInForce implements ReadModel {
  readonly checkpointName = 'catalogues';
  private readonly log = new CatalogueLog();
  /** The adoptions as stored: the checkpoint keeps them, and a restore reads them as the log was read. */
  private readonly adoptions: StoredEvent[] = [];

  constructor(private readonly clock: Clock) {}

  apply(event: StoredEvent): void {
    // Delivery is at-least-once on some stores: an adoption is applied once.
    if (event.streamId !== CATALOGUE_STREAM || event.revision < this.adoptions.length) return;
    this.log.add(adoptedCatalogueOf(event));
    this.adoptions.push(event);
  }

  save(): unknown {
    return this.adoptions;
  }

  restore(saved: unknown): void {
    for (const event of saved as StoredEvent[]) this.apply(event);
  }

  /** Whether a catalogue has been adopted and applied: until then the ledger answers nothing. */
  get adopted(): boolean {
    return this.log.current !== undefined;
  }

  /** The catalogue in force now. */
  current(): CatalogueIndex {
    return this.at(undefined);
  }

  /** The catalogue in force at `asOf` (what the ledger knew then), or now without it. */
  at(asOf: string | undefined): CatalogueIndex {
    const unknown = asOf === undefined ? undefined : unknownAsOf(asOf, this.clock.now());
    if (unknown) throw new RefusalException(unknown);
    const catalogue = this.log.inForceAt(asOf);
    if (!catalogue) {
      throw new RefusalException(refuse('NOT_CAUGHT_UP', 'no catalogue has been adopted and applied yet'));
    }
    return catalogue;
  }

  get versions(): CatalogueLog['versions'] {
    return this.log.versions;
  }
}
