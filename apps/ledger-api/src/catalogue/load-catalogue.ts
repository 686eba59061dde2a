import { readFileSync } from 'node:fs';
import { CatalogueError, defaultCatalogue, parseCatalogue, PurposeCatalogue } from '@ledger/domain';

/** The catalogue in force: `LEDGER_PURPOSES_FILE` when set, else the default that ships. */
export function loadCatalogue(file: string | undefined): PurposeCatalogue {
  if (!file) return defaultCatalogue();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogueError(`${file}: cannot be read as JSON: ${(error as Error).message}`);
  }
  return parseCatalogue(json, file);
}
