import { LogVerificationHandler } from './audit/log-verification.handler';
import { SubjectEventsHandler } from './audit/subject-events.handler';
import { SubjectVerificationHandler } from './audit/subject-verification.handler';
import { WhoAmIHandler } from './auth/who-am-i.handler';
import { IssueChangesTokenHandler } from './changes/issue-changes-token.handler';
import { OpenChangeStreamHandler } from './changes/open-change-stream.handler';
import { RecordCommandHandler } from './commands/record-command.handler';
import { SubjectExportHandler } from './export/subject-export.handler';
import { ReadinessHandler } from './health/readiness.handler';
import { DecisionHistoryHandler } from './history/decision-history.handler';
import { PendingObjectionsHandler } from './objections-queue/pending-objections.handler';
import { CheckPermissionsHandler } from './permissions/check-permissions.handler';
import { CatalogueVersionsHandler } from './purposes/catalogue-versions.handler';
import { PurposeCatalogueHandler } from './purposes/purpose-catalogue.handler';
import { ErasuresDueHandler } from './erasure/erasures-due.handler';
import { NoticesDueHandler } from './notices/notices-due.handler';
import { PendingNotificationsHandler } from './notifications-queue/pending-notifications.handler';
import { SubjectRecipientsHandler } from './recipients/subject-recipients.handler';
import { SubjectRequestsHandler } from './requests/subject-requests.handler';
import { RequestsQueueHandler } from './requests-queue/requests-queue.handler';
import { SuppressionHandler } from './suppressions/suppression.handler';
import { ScrapeMetricsHandler } from './metrics/scrape-metrics.handler';

/** Every write goes through the command bus to its handler. */
export const COMMAND_HANDLERS = [RecordCommandHandler];

/** Every read goes through the query bus to its handler. */
export const QUERY_HANDLERS = [
  CheckPermissionsHandler,
  DecisionHistoryHandler,
  SubjectEventsHandler,
  SubjectVerificationHandler,
  LogVerificationHandler,
  SubjectExportHandler,
  PendingObjectionsHandler,
  PurposeCatalogueHandler,
  CatalogueVersionsHandler,
  WhoAmIHandler,
  ReadinessHandler,
  OpenChangeStreamHandler,
  IssueChangesTokenHandler,
  SubjectRequestsHandler,
  RequestsQueueHandler,
  PendingNotificationsHandler,
  SubjectRecipientsHandler,
  NoticesDueHandler,
  ErasuresDueHandler,
  SuppressionHandler,
  ScrapeMetricsHandler,
];
