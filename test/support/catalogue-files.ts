import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCatalogue, PurposeCatalogue } from '@ledger/domain';

/** The default catalogue (contract section 2) under another `version`, changed by `change`. */
export function changedCatalogue(
  version: string,
  change: (catalogue: PurposeCatalogue) => void,
): PurposeCatalogue {
  const catalogue = { ...defaultCatalogue(), version };
  change(catalogue);
  return catalogue;
}

/** Writes `catalogue` as an operator's `LEDGER_PURPOSES_FILE` named `name` in `dir`; answers its path. */
export async function writeCatalogueFile(dir: string, name: string, catalogue: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(catalogue, null, 2));
  return file;
}

/** The entry of `purpose` in `catalogue`, to change it. */
export function purposeOf(catalogue: PurposeCatalogue, purpose: string) {
  const entry = catalogue.purposes.find((candidate) => candidate.id === purpose);
  if (!entry) throw new Error(`no purpose ${purpose} in the catalogue`);
  return entry;
}

/** Takes `purpose` out of `catalogue`: its entry, and its mention in every notice. */
export function retirePurpose(catalogue: PurposeCatalogue, purpose: string): void {
  catalogue.purposes = catalogue.purposes.filter((entry) => entry.id !== purpose);
  for (const notice of catalogue.notices) notice.purposes = notice.purposes.filter((id) => id !== purpose);
}
