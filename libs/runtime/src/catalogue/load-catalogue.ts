import { readFileSync } from 'node:fs';
import { CatalogueError, defaultCatalogue, parseCatalogueText, PurposeCatalogue } from '@ledger/domain';

/** The catalogue in force: `LEDGER_PURPOSES_FILE` when set, else the default that ships. */
export function loadCatalogue(file: string | undefined): PurposeCatalogue {
  if (!file) return defaultCatalogue();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogueError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseCatalogueText(text, file);
}
