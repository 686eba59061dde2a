import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { requestRegister } from '@ledger/domain';
import { DataSubjectRequest, RequestsQueueAnswer } from '@ledger/wire';
import { Clock } from '@ledger/runtime';
import { ReadSide } from '../read-side/read-side.service';
import { compare } from '../read-side/ordering';
import { OpenRequests } from './open-requests';
import { RequestsQueueQuery } from './requests-queue.query';

/**
 * The register of each subject with an open request, as `GET .../requests` gives it, judged now: the read model
 * narrows the subjects, the domain's register says what each request's deadline is and whether it is overdue.
 */
@QueryHandler(RequestsQueueQuery)
export class RequestsQueueHandler implements IQueryHandler<RequestsQueueQuery, RequestsQueueAnswer> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly openRequests: OpenRequests,
    private readonly clock: Clock,
  ) {}

  async execute({ options }: RequestsQueueQuery): Promise<RequestsQueueAnswer> {
    await this.readSide.ensureAnswerable(options.minPosition);
    const now = this.clock.now();
    const histories = await this.readSide.historiesOf(this.openRequests.subjects());
    const requests: DataSubjectRequest[] = [];
    for (const subjectId of histories.subjectIds()) {
      for (const request of requestRegister(histories.events(subjectId), now)) {
        if (request.completedAt !== null) continue;
        if (options.status === 'overdue' && !request.overdue) continue;
        requests.push({ subjectId, ...request });
      }
    }
    return { position: histories.position, requests: requests.sort(byDeadline) };
  }
}

/** The deadline that binds (the extended one, once extended) comes first; then receipt, subject and id. */
function byDeadline(a: DataSubjectRequest, b: DataSubjectRequest): number {
  return (
    compare(a.extendedUntil ?? a.deadline, b.extendedUntil ?? b.deadline) ||
    compare(a.receivedAt, b.receivedAt) ||
    compare(a.subjectId, b.subjectId) ||
    compare(a.requestId, b.requestId)
  );
}
