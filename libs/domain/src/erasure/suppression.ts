import { CatalogueIndex } from '../catalogue/catalogue-index';
import { HistoryEvent } from '../events';

/** An identifier a person asked to be remembered by, and the direct-marketing purposes they are not to get. */
export interface Suppression {
  ref: string;
  purposes: string[];
}

/**
 * Art. 21(3) after erasure: the refs each erasure kept while an objection to `absolute` purposes was in force
 * (filed, and not withdrawn, before the erasure in the stream), with those purposes. Systems that create a new
 * subject for marketing ask by ref first, so an erased person is not marketed to again under a new id.
 */
export function suppressionsOf(history: readonly HistoryEvent[], catalogue: CatalogueIndex): Suppression[] {
  const objected = new Map<string, string[]>();
  const suppressions: Suppression[] = [];
  for (const event of history) {
    if (event.type === 'ObjectionFiled') {
      const absolute = event.data.purposes.filter((id) => catalogue.purpose(id)?.objection === 'absolute');
      if (absolute.length > 0) objected.set(event.data.objectionId, absolute);
    } else if (event.type === 'ObjectionWithdrawn') {
      objected.delete(event.data.objectionId);
    } else if (event.type === 'ErasureCompleted' && objected.size > 0) {
      const purposes = [...new Set([...objected.values()].flat())];
      for (const ref of event.data.suppressionRefs ?? []) suppressions.push({ ref, purposes });
    }
  }
  return suppressions;
}
