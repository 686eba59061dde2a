import { PurposeCatalogue, PurposeDefinition } from './purpose';

/** The catalogue in force, indexed for the lookups every command and check makes. */
export class CatalogueIndex {
  private readonly byId: ReadonlyMap<string, PurposeDefinition>;
  private readonly categories: ReadonlySet<string>;

  constructor(readonly catalogue: PurposeCatalogue) {
    this.byId = new Map(catalogue.purposes.map((p) => [p.id, p]));
    this.categories = new Set(catalogue.purposes.flatMap((p) => p.dataCategories));
  }

  get purposes(): readonly PurposeDefinition[] {
    return this.catalogue.purposes;
  }

  purpose(id: string): PurposeDefinition | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** True when some purpose of the catalogue uses the data category. */
  hasCategory(category: string): boolean {
    return this.categories.has(category);
  }
}
