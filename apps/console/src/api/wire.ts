/**
 * What the `/v1` API answers: the wire types of `libs/wire`, which the API's own DTOs and answers
 * implement, under the names the console uses. Types only, so nothing of the server is bundled.
 */
export type {
  Actor,
  ApplyRestrictionBody,
  CommandAnswer,
  CompleteErasureBody,
  CompleteRequestBody,
  DataSubjectRequest,
  Decision,
  DecideObjectionBody,
  DecisionHistoryAnswer,
  DecisionHistoryEntry,
  ErasuresDueAnswer,
  ExtendRequestBody,
  LiftRestrictionBody,
  LogVerificationAnswer,
  Notice,
  NoticesDueAnswer,
  NotifyRecipientBody,
  ObjectionOutcome,
  OpenObjection,
  PendingNotification,
  PendingNotificationsAnswer,
  ProvideNoticeBody,
  PurposeCatalogue,
  PurposeDefinition,
  ReceiveRequestBody,
  Recipient,
  RecipientView,
  RecordedEvent,
  RequestReceivedAnswer,
  RequestStatus,
  RequestsQueueAnswer,
  SubjectRecipientsAnswer,
  SubjectRequestsAnswer,
  VerifyIdentityBody,
  WithdrawObjectionBody,
  VerificationAnswer as ChainVerification,
  ObjectionsQueueAnswer as ObjectionsQueue,
  SubjectPermissions as SubjectDecisions,
  SubjectEventsAnswer as SubjectEvents,
} from '@ledger/wire';

/** A moment to look at: now, what the ledger knew then (`asOf`), or today's knowledge applied then (`at`). */
export type Moment = { kind: 'now' } | { kind: 'asOf' | 'at'; time: string };
