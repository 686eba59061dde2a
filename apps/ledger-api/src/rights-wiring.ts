import { DisclosuresController } from './disclosures/disclosures.controller';
import { ErasuresDueController } from './erasure/erasures-due.controller';
import { AwaitingNotice } from './notices/awaiting-notice';
import { NoticesDueController } from './notices/notices-due.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsQueueController } from './notifications-queue/notifications-queue.controller';
import { PendingNotifications } from './notifications-queue/pending-notifications';
import { SubjectRecipientsController } from './recipients/subject-recipients.controller';
import { RectificationsController } from './rectifications/rectifications.controller';
import { RequestsController } from './requests/requests.controller';
import { OpenRequests } from './requests-queue/open-requests';
import { RequestsQueueController } from './requests-queue/requests-queue.controller';
import { SuppressionIndex } from './suppressions/suppression-index';
import { SuppressionsController } from './suppressions/suppressions.controller';

/** The routes of contract sections 6 and 7: requests, rectifications, recipients, notices, suppression. */
export const RIGHTS_CONTROLLERS = [
  RequestsController,
  RequestsQueueController,
  RectificationsController,
  DisclosuresController,
  NotificationsController,
  NotificationsQueueController,
  SubjectRecipientsController,
  NoticesDueController,
  ErasuresDueController,
  SuppressionsController,
];

/** The read models behind their all-subject queues, fed by the read side with every event it applies. */
export const RIGHTS_READ_MODELS = [OpenRequests, PendingNotifications, AwaitingNotice, SuppressionIndex];
