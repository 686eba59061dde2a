import type { Actor } from '@ledger/domain/events';

/** One adoption of a catalogue in the log. */
export interface CatalogueVersion {
  version: string;
  /** When it was adopted (the `recordedAt` of its `CatalogueAdopted` event). */
  adoptedAt: string;
  position: string;
  actor: Actor;
}

/** `GET /v1/catalogue/versions`: every catalogue adopted, oldest first. */
export interface CatalogueVersionsAnswer {
  versions: CatalogueVersion[];
}

/** The query of `GET /v1/purposes`: `asOf` gives the catalogue in force then. */
export interface PurposesQuery {
  asOf?: string;
}
