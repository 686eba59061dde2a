import type { OperationDescription } from './operation-description';

const command = (
  operationId: string,
  summary: string,
  refusals: OperationDescription['refusals'] = [],
): OperationDescription => ({ operationId, summary, answer: 'CommandAnswer', refusals });

/** The commands (contract sections 5 to 7), with the refusals of their own rules; keyed as the queries are. */
export const COMMAND_OPERATIONS: Record<string, OperationDescription> = {
  BasesController_establish: command('establishBasis', 'Record a legal basis', [
    'UNKNOWN_PURPOSE',
    'UNKNOWN_NOTICE',
    'BASIS_NOT_ALLOWED',
    'INVALID_PERIOD',
    'CONSENT_PROOF_REQUIRED',
    'EVIDENCE_REQUIRED',
    'NOTICE_NOT_APPLICABLE',
    'CONSENT_NOT_RETROACTIVE',
  ]),
  BasesController_withdraw: command('withdrawBasis', 'Withdraw a basis', [
    'NOT_FOUND',
    'ALREADY_WITHDRAWN',
    'REASON_NOT_APPLICABLE',
    'OCCURRED_BEFORE_TARGET',
  ]),
  ObjectionsController_file: command('fileObjection', 'File an objection (art. 21)', [
    'UNKNOWN_PURPOSE',
    'NOT_FOUND',
    'REQUEST_MISMATCH',
  ]),
  ObjectionsController_decide: command('decideObjection', 'Uphold or override an objection', [
    'NOT_FOUND',
    'ALREADY_DECIDED',
    'ALREADY_WITHDRAWN',
    'MOTIVATION_REQUIRED',
    'OVERRIDE_NOT_ALLOWED',
    'OCCURRED_BEFORE_TARGET',
  ]),
  ObjectionsController_withdraw: command(
    'withdrawObjection',
    'Record that the person withdrew an objection',
    ['NOT_FOUND', 'ALREADY_WITHDRAWN', 'OCCURRED_BEFORE_TARGET'],
  ),
  RestrictionsController_apply: command('applyRestriction', 'Restrict processing (art. 18)', [
    'UNKNOWN_PURPOSE',
    'UNKNOWN_CATEGORY',
    'NOT_FOUND',
    'REQUEST_MISMATCH',
  ]),
  RestrictionsController_lift: command('liftRestriction', 'Lift a restriction, the person told first', [
    'NOT_FOUND',
    'ALREADY_LIFTED',
    'SUBJECT_NOT_INFORMED',
    'OCCURRED_BEFORE_TARGET',
  ]),
  ErasureController_erase: command('completeErasure', 'Record an erasure; its data keys are destroyed', [
    'UNKNOWN_PURPOSE',
    'NOT_FOUND',
    'REQUEST_MISMATCH',
    'RETENTION_NOT_ALLOWED',
    'SUPPRESSION_REFS_REQUIRED',
  ]),
  NoticesController_provide: command(
    'provideNotice',
    'Record that the person was given the privacy statement',
    ['UNKNOWN_NOTICE', 'NOTICE_NOT_APPLICABLE'],
  ),
  RequestsController_receive: command('receiveRequest', 'Record a data-subject request as received'),
  RequestsController_verifyIdentity: command(
    'verifyIdentity',
    'Record how the requester’s identity was verified',
    ['NOT_FOUND', 'ALREADY_COMPLETED', 'NOTE_REQUIRED', 'OCCURRED_BEFORE_TARGET'],
  ),
  RequestsController_extend: command('extendRequest', 'Extend a request’s deadline once (art. 12(3))', [
    'NOT_FOUND',
    'ALREADY_COMPLETED',
    'ALREADY_EXTENDED',
    'EXTENSION_TOO_LATE',
    'OCCURRED_BEFORE_TARGET',
  ]),
  RequestsController_complete: command('completeRequest', 'Record a request’s answer', [
    'NOT_FOUND',
    'ALREADY_COMPLETED',
    'IDENTITY_NOT_VERIFIED',
    'MOTIVATION_REQUIRED',
    'REMEDIES_NOT_INFORMED',
    'OCCURRED_BEFORE_TARGET',
  ]),
  RectificationsController_record: command('recordRectification', 'Record a rectification (art. 16)', [
    'UNKNOWN_CATEGORY',
    'NOT_FOUND',
    'REQUEST_MISMATCH',
  ]),
  DisclosuresController_record: command('recordDisclosure', 'Record that data went to a recipient', [
    'UNKNOWN_PURPOSE',
    'UNKNOWN_CATEGORY',
    'UNKNOWN_RECIPIENT',
    'RECIPIENT_NOT_ALLOWED',
  ]),
  NotificationsController_notify: command('notifyRecipient', 'Record that a recipient was told (art. 19)', [
    'UNKNOWN_RECIPIENT',
    'NOT_NOTIFIABLE',
    'RECIPIENT_NOT_CONCERNED',
    'ALREADY_NOTIFIED',
    'NOTE_REQUIRED',
    'OCCURRED_BEFORE_TARGET',
  ]),
};
