import { CatalogueIndex } from '../catalogue/catalogue-index';
import { RecipientKind } from '../catalogue/purpose';
import { HistoryEvent } from '../events';

export interface DisclosureView {
  disclosureId: string;
  occurredAt: string;
  purpose: string;
  dataCategories: string[];
}

/** A recipient of the subject's data (art. 15(1)(c)), with what went to it. */
export interface RecipientView {
  recipientId: string;
  name: string;
  kind: RecipientKind | null;
  purposes: string[];
  disclosures: DisclosureView[];
}

/**
 * To whom the subject's data went, and to whom it may go (art. 15(1)(c); CJEU C-154/21: the actual
 * recipients, not only their categories). Every recipient the subject's disclosures name, with those
 * disclosures; then every recipient the catalogue names for a purpose the subject has a basis for, with none.
 * `purposes`: the purposes it received data for, and those it may receive data for. In catalogue order; a
 * recipient the catalogue no longer lists comes last, named by its id.
 */
export function recipientsOf(history: readonly HistoryEvent[], catalogue: CatalogueIndex): RecipientView[] {
  const views = new Map<string, RecipientView>();
  const view = (recipientId: string): RecipientView => {
    let found = views.get(recipientId);
    if (!found) {
      const known = catalogue.recipient(recipientId);
      found = {
        recipientId,
        name: known?.name ?? recipientId,
        kind: known?.kind ?? null,
        purposes: [],
        disclosures: [],
      };
      views.set(recipientId, found);
    }
    return found;
  };
  const add = (list: string[], value: string) => list.includes(value) || list.push(value);
  for (const event of history) {
    if (event.type === 'DataDisclosed') {
      const { disclosureId, recipientId, purpose, dataCategories } = event.data;
      const recipient = view(recipientId);
      add(recipient.purposes, purpose);
      recipient.disclosures.push({ disclosureId, occurredAt: event.occurredAt, purpose, dataCategories });
    } else if (event.type === 'BasisEstablished') {
      for (const recipientId of catalogue.purpose(event.data.purpose)?.recipients ?? []) {
        add(view(recipientId).purposes, event.data.purpose);
      }
    }
  }
  const order = (id: string) => {
    const index = catalogue.catalogue.recipients.findIndex((recipient) => recipient.id === id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...views.values()].sort((a, b) => order(a.recipientId) - order(b.recipientId));
}
