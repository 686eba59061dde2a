import type { RecipientView } from '@ledger/domain/recipients/recipients-of';
import type { LedgerEventType } from '@ledger/domain/events';

/** `GET /v1/subjects/{subjectId}/recipients` (art. 15(1)(c)). */
export interface SubjectRecipientsAnswer {
  subjectId: string;
  recipients: RecipientView[];
}

/** A recipient owed word of a restriction, erasure or rectification, not yet given (art. 19). */
export interface PendingNotification {
  subjectId: string;
  about: { eventId: string; type: LedgerEventType; occurredAt: string };
  recipientId: string;
  recipientName: string;
}

/** `GET /v1/notifications?status=pending`: oldest first. */
export interface PendingNotificationsAnswer {
  position: string;
  notifications: PendingNotification[];
}

/** `GET /v1/suppressions/{ref}` (art. 21(3) after erasure). */
export interface SuppressionAnswer {
  suppressed: boolean;
  purposes: string[];
}
