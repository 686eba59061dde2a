import type { RecordedEvent } from '../../api/wire';
import { coreDetails } from './core-details';
import type { Detail, DetailKit, DetailRenderers } from './detail-kit';
import { recipientDetails } from './recipient-details';
import { rightsDetails } from './rights-details';

const renderers: DetailRenderers = { ...coreDetails, ...rightsDetails, ...recipientDetails };

/** The lines an event's data shows in the timeline. */
export function detailsOf(event: RecordedEvent, kit: DetailKit): Detail[] {
  // `renderers` pairs each type with its own event; TypeScript cannot follow that pairing through an index.
  const render = renderers[event.type] as (event: RecordedEvent, kit: DetailKit) => Detail[];
  return render(event, kit);
}
