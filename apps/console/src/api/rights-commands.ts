import { type CommandOptions, subjectPath, type Transport } from './transport';
import type {
  CommandAnswer,
  CompleteRequestBody,
  ExtendRequestBody,
  NotifyRecipientBody,
  ProvideNoticeBody,
  ReceiveRequestBody,
  RequestReceivedAnswer,
  VerifyIdentityBody,
} from './wire';

/** The commands of requests, notices and art. 19 notifications (contract sections 6 and 7). */
export function rightsCommandsOf({ command }: Transport) {
  const request = (subjectId: string, requestId: string, step: string) =>
    subjectPath(subjectId, 'requests', requestId, step);
  return {
    receiveRequest: (subjectId: string, body: ReceiveRequestBody, options?: CommandOptions) =>
      command<RequestReceivedAnswer>(subjectPath(subjectId, 'requests'), body, options),
    verifyIdentity: (
      subjectId: string,
      requestId: string,
      body: VerifyIdentityBody,
      options?: CommandOptions,
    ) => command<CommandAnswer>(request(subjectId, requestId, 'identity'), body, options),
    extendRequest: (
      subjectId: string,
      requestId: string,
      body: ExtendRequestBody,
      options?: CommandOptions,
    ) => command<CommandAnswer>(request(subjectId, requestId, 'extension'), body, options),
    completeRequest: (
      subjectId: string,
      requestId: string,
      body: CompleteRequestBody,
      options?: CommandOptions,
    ) => command<CommandAnswer>(request(subjectId, requestId, 'completion'), body, options),
    provideNotice: (subjectId: string, body: ProvideNoticeBody, options?: CommandOptions) =>
      command<CommandAnswer>(subjectPath(subjectId, 'notices'), body, options),
    notifyRecipient: (subjectId: string, body: NotifyRecipientBody, options?: CommandOptions) =>
      command<CommandAnswer>(subjectPath(subjectId, 'notifications'), body, options),
  };
}
