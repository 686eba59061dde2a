import { STREAM_TOKEN_LIFETIME_MS } from '../auth/stream-tokens';
import { SSE_RETRY_MS } from '../changes/server-sent-events';
import type { OperationDescription } from './operation-description';
import { ref } from './typed-schema';

const PURPOSE_IN_PATH = ['UNKNOWN_PURPOSE', 404] as const;

/** The queries, keyed by the id Nest gives each route (`<Controller>_<method>`). */
export const QUERY_OPERATIONS: Record<string, OperationDescription> = {
  PermissionsController_one: {
    operationId: 'checkPermission',
    summary: 'May this purpose be pursued with the subject’s data?',
    answer: 'Decision',
    refusals: [PURPOSE_IN_PATH, 'UNKNOWN_CATEGORY'],
  },
  PermissionsController_all: {
    operationId: 'checkAllPermissions',
    summary: 'The decision for every purpose of the catalogue',
    answer: 'SubjectPermissions',
    refusals: ['UNKNOWN_CATEGORY'],
  },
  PermissionsController_check: {
    operationId: 'checkPermissionsBatch',
    summary: 'Up to 1000 permission checks in one request',
    answer: 'CheckBatchAnswer',
    refusals: ['UNKNOWN_PURPOSE', 'UNKNOWN_CATEGORY', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
  },
  AuditController_events: {
    operationId: 'listSubjectEvents',
    summary: 'The subject’s events, in revision order',
    answer: 'SubjectEventsAnswer',
  },
  AuditController_verification: {
    operationId: 'verifySubject',
    summary: 'The subject’s hash chain, recomputed',
    answer: 'VerificationAnswer',
  },
  HistoryController_history: {
    operationId: 'decisionHistory',
    summary: 'Every change of one purpose’s decision',
    answer: 'DecisionHistoryAnswer',
    refusals: ['UNKNOWN_PURPOSE'],
  },
  ExportController_export: {
    operationId: 'exportSubject',
    summary: 'Everything the ledger holds on the subject, as a file',
    // JSON-LD first, and either shape: Prism 5 ignores the +json suffix and judges both media types by the
    // first one listed.
    answer: {
      'application/ld+json': { anyOf: [ref('DpvExport'), ref('SubjectExport')] },
      'application/json': ref('SubjectExport'),
    },
  },
  LogVerificationController_verify: {
    operationId: 'verifyLog',
    summary: 'Every stream’s chain and the log’s continuity',
    answer: 'LogVerificationAnswer',
  },
  PurposesController_list: {
    operationId: 'getPurposeCatalogue',
    summary: 'The purpose catalogue in force (or in force at asOf)',
    answer: 'PurposeCatalogue',
  },
  PurposesController_versions: {
    operationId: 'listCatalogueVersions',
    summary: 'Every catalogue adopted in the log',
    answer: 'CatalogueVersionsAnswer',
  },
  HealthController_live: { operationId: 'live', summary: 'The process answers', answer: 'LivenessAnswer' },
  HealthController_ready: {
    operationId: 'ready',
    summary: 'Whether this process may be sent requests',
    answer: 'ReadinessAnswer',
    otherAnswers: {
      '503': {
        description: 'not ready: the read side has not caught up, or has lost the store',
        content: { 'application/json': { schema: ref('ReadinessAnswer') } },
      },
    },
  },
  MeController_me: { operationId: 'whoAmI', summary: 'The name and role of the API key', answer: 'Actor' },
  ObjectionsQueueController_list: {
    operationId: 'listPendingObjections',
    summary: 'Undecided objections of all subjects',
    answer: 'ObjectionsQueueAnswer',
  },
  ChangesController_stream: {
    operationId: 'streamChanges',
    summary: 'Server-Sent Events: one message per appended event',
    answer: {
      'text/event-stream': {
        type: 'string',
        description:
          'Server-Sent Events. Each message has the position as its id and a ChangeMessage (see components) as ' +
          `its data; each connection first sends \`retry: ${SSE_RETRY_MS}\` and \`event: position\` with the position it ` +
          'starts after.',
      },
    },
    refusals: ['POSITION_BEYOND_HEAD', 'TOO_MANY_STREAMS'],
  },
  ChangesController_token: {
    operationId: 'issueChangesToken',
    summary: `A token that opens the change stream for ${STREAM_TOKEN_LIFETIME_MS / 1000} seconds, for an EventSource`,
    answer: 'ChangesToken',
  },
  RequestsController_list: {
    operationId: 'listSubjectRequests',
    summary: 'The subject’s data-subject requests',
    answer: 'SubjectRequestsAnswer',
  },
  RequestsQueueController_list: {
    operationId: 'listRequests',
    summary: 'Open or overdue requests of all subjects',
    answer: 'RequestsQueueAnswer',
  },
  NotificationsQueueController_list: {
    operationId: 'listPendingNotifications',
    summary: 'Art. 19 notifications still owed',
    answer: 'PendingNotificationsAnswer',
  },
  SubjectRecipientsController_list: {
    operationId: 'listSubjectRecipients',
    summary: 'To whom the subject’s data went, or may go',
    answer: 'SubjectRecipientsAnswer',
  },
  NoticesDueController_list: {
    operationId: 'listNoticesDue',
    summary: 'Subjects still owed the privacy statement',
    answer: 'NoticesDueAnswer',
  },
  ErasuresDueController_list: {
    operationId: 'listErasuresDue',
    summary: 'Subjects whose data should now be erased',
    answer: 'ErasuresDueAnswer',
  },
  MetricsController_scrape: {
    operationId: 'scrapeMetrics',
    summary: 'Prometheus metrics, for the bearer of LEDGER_METRICS_TOKEN (404 when it is not set)',
    answer: { 'text/plain': { type: 'string', description: 'The Prometheus text format, version 0.0.4' } },
    // No key reads the metrics: a key of any role is refused as the token's wrong bearer.
    refusals: ['UNAUTHENTICATED', 'FORBIDDEN'],
    otherAnswers: {
      '404': {
        description: '`NOT_FOUND`: metrics are off, as LEDGER_METRICS_TOKEN is not set',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      },
    },
    token: 'metricsToken',
  },
  SuppressionsController_check: {
    operationId: 'checkSuppression',
    summary: 'Whether a contact identifier is suppressed',
    answer: 'SuppressionAnswer',
  },
};
