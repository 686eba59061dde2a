import defaultCatalogueJson from './default-catalogue.json';
import { parseCatalogue } from './parse-catalogue';
import { PurposeCatalogue } from './purpose';

/** The catalogue that ships (contract section 2), parsed like any operator's file; a fresh copy per call. */
export function defaultCatalogue(): PurposeCatalogue {
  return parseCatalogue(defaultCatalogueJson, 'default-catalogue.json');
}
