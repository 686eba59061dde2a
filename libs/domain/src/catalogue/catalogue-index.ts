import { Notice, PurposeCatalogue, PurposeDefinition, Recipient } from './purpose';

/** One catalogue, indexed for the lookups every command and check makes. */
export class CatalogueIndex {
  private readonly byId: ReadonlyMap<string, PurposeDefinition>;
  private readonly categories: ReadonlySet<string>;

  constructor(readonly catalogue: PurposeCatalogue) {
    this.byId = new Map(catalogue.purposes.map((p) => [p.id, p]));
    this.categories = new Set(catalogue.purposes.flatMap((p) => p.dataCategories));
  }

  get version(): string {
    return this.catalogue.version;
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

  notice(version: string): Notice | undefined {
    return this.catalogue.notices.find((notice) => notice.version === version);
  }

  recipient(id: string): Recipient | undefined {
    return this.catalogue.recipients.find((recipient) => recipient.id === id);
  }

  /** The data categories the named purposes use, those the catalogue does not know left out. */
  categoriesOf(purposes: readonly string[]): Set<string> {
    return new Set(purposes.flatMap((id) => this.byId.get(id)?.dataCategories ?? []));
  }
}
