import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PendingNotification, PendingNotificationsAnswer } from '@ledger/wire';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { ReadSide } from '../read-side/read-side.service';
import { compare } from '../read-side/ordering';
import { PendingNotifications } from './pending-notifications';
import { PendingNotificationsQuery } from './pending-notifications.query';

/**
 * From the read model the read side feeds, with the catalogue in force; each subject as at the answer's
 * position or later (a subject judged again is read when it is judged).
 */
@QueryHandler(PendingNotificationsQuery)
export class PendingNotificationsHandler implements IQueryHandler<
  PendingNotificationsQuery,
  PendingNotificationsAnswer
> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
    private readonly pendingNotifications: PendingNotifications,
  ) {}

  async execute({ options }: PendingNotificationsQuery): Promise<PendingNotificationsAnswer> {
    await this.readSide.ensureAnswerable(options.minPosition);
    const catalogue = this.catalogues.current();
    const position = this.readSide.position;
    const owing = await this.pendingNotifications.pending(catalogue, this.readSide);
    const notifications: PendingNotification[] = [];
    for (const [subjectId, owed] of owing) {
      for (const { about, recipientId } of owed) {
        const recipientName = catalogue.recipient(recipientId)?.name ?? recipientId;
        notifications.push({ subjectId, about, recipientId, recipientName });
      }
    }
    return { position, notifications: notifications.sort(oldestFirst) };
  }
}

/** By when the restriction, erasure or rectification occurred; the domain's order within one subject stays. */
function oldestFirst(a: PendingNotification, b: PendingNotification): number {
  return compare(a.about.occurredAt, b.about.occurredAt) || compare(a.subjectId, b.subjectId);
}
