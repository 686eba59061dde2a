import {
  CommandAnswer,
  CompleteRequestBody,
  DataDisclosedAnswer,
  ExtendRequestBody,
  NotifyRecipientBody,
  ProvideNoticeBody,
  ReceiveRequestBody,
  RecordDisclosureBody,
  RecordRectificationBody,
  RectificationRecordedAnswer,
  RequestReceivedAnswer,
  VerifyIdentityBody,
} from '@ledger/wire';
import { CommandOptions, LedgerCalls } from './ledger-calls';
import { path } from './paths';

/** The commands of contract sections 6 and 7: the request register, rectifications, disclosures, art. 19, notices. */
export abstract class RightsCommands extends LedgerCalls {
  /** A data-subject request as it arrived; its deadline runs from `occurredAt` (operator, dpo). */
  receiveRequest(
    subjectId: string,
    body: ReceiveRequestBody,
    options?: CommandOptions,
  ): Promise<RequestReceivedAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/requests`, body, options);
  }

  /** How the requester was identified (art. 12(6)); a note with `no-reasonable-doubt` and `other`. */
  verifyIdentity(
    subjectId: string,
    requestId: string,
    body: VerifyIdentityBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/requests/${requestId}/identity`, body, options);
  }

  /** The one extension to three months after receipt, by the deadline (dpo). */
  extendRequest(
    subjectId: string,
    requestId: string,
    body: ExtendRequestBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/requests/${requestId}/extension`, body, options);
  }

  /** The answer to the request (dpo): short of a full grant, motivated and with the remedies told. */
  completeRequest(
    subjectId: string,
    requestId: string,
    body: CompleteRequestBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/requests/${requestId}/completion`, body, options);
  }

  recordRectification(
    subjectId: string,
    body: RecordRectificationBody,
    options?: CommandOptions,
  ): Promise<RectificationRecordedAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/rectifications`, body, options);
  }

  /** What went to a recipient of the purpose, recorded even where the decision would not have permitted it. */
  recordDisclosure(
    subjectId: string,
    body: RecordDisclosureBody,
    options?: CommandOptions,
  ): Promise<DataDisclosedAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/disclosures`, body, options);
  }

  /** A recipient told of a restriction, erasure or rectification (`about`, its eventId), or why not (art. 19). */
  notifyRecipient(
    subjectId: string,
    body: NotifyRecipientBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/notifications`, body, options);
  }

  /** The person was given this version of the privacy statement (arts. 13, 14). */
  provideNotice(
    subjectId: string,
    body: ProvideNoticeBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/notices`, body, options);
  }
}
