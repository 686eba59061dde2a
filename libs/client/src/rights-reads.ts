import {
  DpvExport,
  ErasuresDueAnswer,
  NoticesDueAnswer,
  ObjectionsQueueAnswer,
  OpenObjection,
  PendingNotificationsAnswer,
  RequestsQueueAnswer,
  RequestStatus,
  SubjectExport,
  SubjectRecipientsAnswer,
  SubjectRequestsAnswer,
  SuppressionAnswer,
} from '@ledger/wire';
import { ReadSideOptions } from './ledger-calls';
import { path } from './paths';
import { RightsCommands } from './rights-commands';

/** How to page through the objections queue: `after` is a page's `next`; `limit` the page size (1 to 1000). */
export interface QueuePageOptions extends ReadSideOptions {
  after?: string;
  limit?: number;
}

/**
 * The reads of contract sections 6 and 7, and the objections queue whose deadlines follow section 6. All but
 * `suppression` are for auditors and the DPO; each waits until the ledger has what this client wrote.
 */
export abstract class RightsReads extends RightsCommands {
  /** One page of the undecided objections of all subjects, oldest first; its `next` asks for the page after. */
  objectionsQueuePage({ after, limit, ...options }: QueuePageOptions = {}): Promise<ObjectionsQueueAnswer> {
    return this.read('/v1/objections', { status: 'pending', limit: limit?.toString(), after }, options);
  }

  /**
   * Every undecided objection, oldest first, following the pages to the last. Each page reads at least as far
   * as the one before, so the walk never sees the ledger go back in time.
   */
  async *pendingObjections(options: Omit<QueuePageOptions, 'after'> = {}): AsyncGenerator<OpenObjection> {
    let { minPosition } = options;
    let after: string | undefined;
    do {
      const page = await this.objectionsQueuePage({ ...options, minPosition, after });
      yield* page.objections;
      minPosition = page.position;
      after = page.next;
    } while (after);
  }

  /** The subject's requests, oldest first, with their deadlines. */
  requests(subjectId: string, options?: ReadSideOptions): Promise<SubjectRequestsAnswer> {
    return this.read(path`/v1/subjects/${subjectId}/requests`, {}, options);
  }

  /** Every subject's requests not completed (or only the overdue ones), earliest deadline first. */
  requestsQueue(status: RequestStatus = 'open', options?: ReadSideOptions): Promise<RequestsQueueAnswer> {
    return this.read('/v1/requests', { status }, options);
  }

  /** The art. 19 notifications still owed, oldest first. */
  pendingNotifications(options?: ReadSideOptions): Promise<PendingNotificationsAnswer> {
    return this.read('/v1/notifications', { status: 'pending' }, options);
  }

  /** To whom the subject's data went, with what, and to whom it may go (art. 15(1)(c)). */
  recipients(subjectId: string, options?: ReadSideOptions): Promise<SubjectRecipientsAnswer> {
    return this.read(path`/v1/subjects/${subjectId}/recipients`, {}, options);
  }

  /** The subjects still owed the privacy statement, oldest first. */
  noticesDue(options?: ReadSideOptions): Promise<NoticesDueAnswer> {
    return this.read('/v1/notices/due', {}, options);
  }

  /** The subjects whose data should now be erased, and why, oldest first. */
  erasuresDue(options?: ReadSideOptions): Promise<ErasuresDueAnswer> {
    return this.read('/v1/erasures/due', {}, options);
  }

  /** Whether a contact identifier is suppressed for direct marketing (all roles): ask before a new subject. */
  suppression(ref: string, options?: ReadSideOptions): Promise<SuppressionAnswer> {
    return this.read(path`/v1/suppressions/${ref}`, {}, options);
  }

  /** Everything the ledger holds on the subject (arts. 15 and 20), read from the store. */
  exportSubject(subjectId: string, options: { signal?: AbortSignal } = {}): Promise<SubjectExport> {
    return this.transport.json({ method: 'GET', path: path`/v1/subjects/${subjectId}/export`, ...options });
  }

  /** The same record as JSON-LD in the W3C Data Privacy Vocabulary, one record per basis. */
  exportSubjectDpv(subjectId: string, options: { signal?: AbortSignal } = {}): Promise<DpvExport> {
    return this.transport.json({
      method: 'GET',
      path: path`/v1/subjects/${subjectId}/export?format=dpv`,
      ...options,
    });
  }
}
