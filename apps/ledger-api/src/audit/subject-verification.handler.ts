import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { VerificationAnswer } from '@ledger/wire';
import { UnreadableEvent, verifyChain } from '@ledger/event-store';
import { SubjectEvents } from '@ledger/runtime';
import { SubjectVerificationQuery } from './subject-verification.query';

@QueryHandler(SubjectVerificationQuery)
export class SubjectVerificationHandler implements IQueryHandler<
  SubjectVerificationQuery,
  VerificationAnswer
> {
  constructor(private readonly subjectEvents: SubjectEvents) {}

  async execute({ options: { subjectId } }: SubjectVerificationQuery): Promise<VerificationAnswer> {
    try {
      const { stored } = await this.subjectEvents.read(subjectId);
      const { valid, eventCount, headHash } = verifyChain(stored);
      return { subjectId, valid, eventCount, headHash };
    } catch (error) {
      // A row that is no longer an event is a break to report, as the whole log's verification does.
      if (!(error instanceof UnreadableEvent)) throw error;
      const { position, revision } = error.row;
      return {
        subjectId,
        valid: false,
        eventCount: revision ?? 0,
        headHash: null,
        unreadable: { position, revision, detail: error.detail },
      };
    }
  }
}
