import { Actor } from '../events';
import { CatalogueIndex } from './catalogue-index';
import { PurposeCatalogue } from './purpose';

/**
 * The catalogue lives in the log (contract section 2): each adoption is a `CatalogueAdopted` event on a stream
 * of its own, whose id no subject id can take (subject ids have no `/`).
 */
export const CATALOGUE_STREAM = 'ledger/catalogue';
export const CATALOGUE_ADOPTED = 'CatalogueAdopted';

/** The data of a `CatalogueAdopted` event. */
export interface CatalogueAdoptedData {
  version: string;
  catalogue: PurposeCatalogue;
}

/** A catalogue as the log adopted it: when (`recordedAt` of its event), where, and by which server. */
export interface AdoptedCatalogue {
  version: string;
  adoptedAt: string;
  position: string;
  actor: Actor;
  catalogue: CatalogueIndex;
}

/**
 * What a server starting with `candidate` does about the catalogue in force: adopt it when its version was
 * never adopted; nothing when it is the one in force; nothing either when it was adopted once and replaced
 * since, for an old file on a lagging replica must not undo a newer catalogue.
 */
export type Adoption = 'adopt' | 'in-force' | 'replaced';

export function adoptionOf(adopted: readonly { version: string }[], candidate: string): Adoption {
  if (adopted.length > 0 && adopted[adopted.length - 1].version === candidate) return 'in-force';
  return adopted.some((entry) => entry.version === candidate) ? 'replaced' : 'adopt';
}

/** Every catalogue adopted so far, in log order, and which one decides at a given moment. */
export class CatalogueLog {
  private readonly adopted: AdoptedCatalogue[] = [];

  add(entry: AdoptedCatalogue): void {
    this.adopted.push(entry);
  }

  get versions(): readonly AdoptedCatalogue[] {
    return this.adopted;
  }

  /** The catalogue in force now: the last adopted; `undefined` before the first adoption. */
  get current(): CatalogueIndex | undefined {
    return this.adopted[this.adopted.length - 1]?.catalogue;
  }

  /**
   * The catalogue in force at `asOf` (compared with adoption times, as `asOf` compares `recordedAt`): the last
   * adopted at or before it; before the first adoption, the first. Without `asOf`, the current one.
   */
  inForceAt(asOf: string | undefined): CatalogueIndex | undefined {
    if (asOf === undefined) return this.current;
    let inForce = this.adopted[0]?.catalogue;
    for (const entry of this.adopted) {
      if (entry.adoptedAt > asOf) break;
      inForce = entry.catalogue;
    }
    return inForce;
  }
}
