import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { requestRegister } from '@ledger/domain';
import { SubjectRequestsAnswer } from '@ledger/wire';
import { Clock } from '@ledger/runtime';
import { ReadSide } from '../read-side/read-side.service';
import { SubjectRequestsQuery } from './subject-requests.query';

/** From the read side's history of the subject; whether a request is overdue is judged now. */
@QueryHandler(SubjectRequestsQuery)
export class SubjectRequestsHandler implements IQueryHandler<SubjectRequestsQuery, SubjectRequestsAnswer> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly clock: Clock,
  ) {}

  async execute({
    options: { subjectId, minPosition },
  }: SubjectRequestsQuery): Promise<SubjectRequestsAnswer> {
    await this.readSide.ensureAnswerable(minPosition);
    const history = (await this.readSide.historiesOf([subjectId])).events(subjectId);
    const requests = requestRegister(history, this.clock.now()).map((request) => ({ subjectId, ...request }));
    return { subjectId, requests };
  }
}
