import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { VerificationAnswer } from '@ledger/wire';
import { verifyChain } from '@ledger/event-store';
import { SubjectEvents } from '@ledger/runtime';
import { SubjectVerificationQuery } from './subject-verification.query';

@QueryHandler(SubjectVerificationQuery)
export class SubjectVerificationHandler implements IQueryHandler<
  SubjectVerificationQuery,
  VerificationAnswer
> {
  constructor(private readonly subjectEvents: SubjectEvents) {}

  async execute({ options: { subjectId } }: SubjectVerificationQuery): Promise<VerificationAnswer> {
    const { stored } = await this.subjectEvents.read(subjectId);
    const { valid, eventCount, headHash } = verifyChain(stored);
    return { subjectId, valid, eventCount, headHash };
  }
}
