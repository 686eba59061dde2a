import { CatalogueIndex } from '../catalogue/catalogue-index';
import { NotifiableState, notificationKey, SubjectState } from '../state/subject-state';

/** A recipient owed word of a restriction, erasure or rectification (art. 19). */
export interface OwedNotification {
  about: { eventId: string; type: NotifiableState['type']; occurredAt: string };
  recipientId: string;
}

/**
 * Every (event, recipient) pair art. 19 makes the controller communicate: the recipients of the subject's
 * disclosures made by the event's `occurredAt` whose data categories overlap the event's scope. Telling a
 * recipient that never received the data would itself disclose it, so the catalogue alone owes nothing.
 * In the order of the events, then of the recipients' first disclosures.
 */
export function owedNotifications(state: SubjectState, catalogue: CatalogueIndex): OwedNotification[] {
  const owed: OwedNotification[] = [];
  for (const [eventId, event] of state.notifiable) {
    const scope = scopeOf(event, catalogue);
    const recipients = new Set<string>();
    for (const disclosure of state.disclosures) {
      if (disclosure.occurredAt > event.occurredAt) continue;
      if (scope === 'everything' || disclosure.dataCategories.some((category) => scope.has(category))) {
        recipients.add(disclosure.recipientId);
      }
    }
    const about = { eventId, type: event.type, occurredAt: event.occurredAt };
    for (const recipientId of recipients) owed.push({ about, recipientId });
  }
  return owed;
}

/** The owed pairs no `RecipientNotified` has answered yet. */
export function pendingNotifications(state: SubjectState, catalogue: CatalogueIndex): OwedNotification[] {
  return owedNotifications(state, catalogue).filter(
    ({ about, recipientId }) => !state.notified.has(notificationKey(about.eventId, recipientId)),
  );
}

/**
 * What an event concerns: an erasure, or a restriction naming neither purposes nor categories, everything; a
 * restriction its categories and those of its purposes (by the catalogue in force); a rectification its
 * categories.
 */
function scopeOf(event: NotifiableState, catalogue: CatalogueIndex): 'everything' | ReadonlySet<string> {
  if (event.everything) return 'everything';
  const categories = catalogue.categoriesOf(event.purposes);
  for (const category of event.dataCategories) categories.add(category);
  return categories;
}
